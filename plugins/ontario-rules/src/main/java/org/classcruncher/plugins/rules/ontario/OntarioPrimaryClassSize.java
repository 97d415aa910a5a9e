package org.classcruncher.plugins.rules.ontario;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * Ontario, O. Reg. 132/12 (Class Size) under the Education Act: in junior kindergarten to grade 3, at least 90 %
 * of the classes have 20 or fewer pupils and every class has at most 23, combined grade 3/4 classes included. The
 * board-wide share is kept within each school's plan.
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class OntarioPrimaryClassSize implements PlanRule {

    private static final List<String> PRIMARY = List.of("JK", "SK", "K", "1", "2", "3");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.shareAbove(PRIMARY, 20, 0.10), PlanLimit.cap(PRIMARY, 23));
    }

    @Override
    public String id() {
        return "ontario-primary";
    }

    @Override
    public String description() {
        return "Ontario, O. Reg. 132/12 (Class Size) under the Education Act: in junior kindergarten to grade 3, at "
                + "least 90 % of the classes have 20 or fewer pupils and every class has at most 23, combined grade 3/4"
                + " classes included. The board-wide share is kept within each school's plan.";
    }
}
