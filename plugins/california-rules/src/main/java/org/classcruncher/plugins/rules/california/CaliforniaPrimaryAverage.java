package org.classcruncher.plugins.rules.california;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * California: kindergarten classes at most 33 (Education Code 41378), grades 1 to 3 at most 32 (41376), and the
 * average class in kindergarten to grade 3 at most 24 at each school (the LCFF K-3 grade span adjustment,
 * 42238.02).
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class CaliforniaPrimaryAverage implements PlanRule {

    private static final List<String> KINDERGARTEN = List.of("TK", "K");
    private static final List<String> PRIMARY = List.of("TK", "K", "1", "2", "3");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.cap(KINDERGARTEN, 33), PlanLimit.cap(List.of("1", "2", "3"), 32),
                PlanLimit.averageAtMost(PRIMARY, 24));
    }

    @Override
    public String id() {
        return "california-k3";
    }

    @Override
    public String description() {
        return "California: kindergarten classes at most 33 (Education Code 41378), grades 1 to 3 at most 32 "
                + "(41376), and the average class in kindergarten to grade 3 at most 24 at each school (the LCFF K-3 "
                + "grade span adjustment, 42238.02).";
    }
}
