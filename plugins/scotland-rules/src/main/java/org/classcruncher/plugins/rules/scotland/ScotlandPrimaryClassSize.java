package org.classcruncher.plugins.rules.scotland;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * Scotland, primary class sizes (SNCT handbook, Appendix 2.9; the Education (Lower Primary Class Sizes) (Scotland)
 * Regulations 1999 for P1): P1 at most 25, P2 and P3 at most 30, P4 to P7 at most 33, and a composite class at most
 * 25 whatever its stages.
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class ScotlandPrimaryClassSize implements PlanRule {

    private static final List<String> PRIMARY = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.cap(List.of("P1"), 25), PlanLimit.cap(List.of("P2", "P3"), 30),
                PlanLimit.cap(List.of("P4", "P5", "P6", "P7"), 33), PlanLimit.compositeCap(PRIMARY, 25));
    }

    @Override
    public String id() {
        return "scotland-primary";
    }

    @Override
    public String description() {
        return "Scotland (SNCT handbook, Appendix 2.9; Lower Primary Class Sizes Regulations 1999): P1 classes at "
                + "most 25, P2-P3 at most 30, P4-P7 at most 33, and a composite class at most 25.";
    }
}
