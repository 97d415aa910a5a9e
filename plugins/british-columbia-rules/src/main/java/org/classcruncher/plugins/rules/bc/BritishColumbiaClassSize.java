package org.classcruncher.plugins.rules.bc;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * British Columbia, class size and composition as the BCTF collective agreement restored them in 2017 (and the School
 * Act's limits): kindergarten at most 22, grades 1 to 3 at most 24, grades 4 to 7 at most 30, and at most 3 students
 * with a designation (a support plan) in a class without further approval.
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class BritishColumbiaClassSize implements PlanRule {

    private static final List<String> ELEMENTARY = List.of("K", "1", "2", "3", "4", "5", "6", "7");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.cap(List.of("K"), 22), PlanLimit.cap(List.of("1", "2", "3"), 24),
                PlanLimit.cap(List.of("4", "5", "6", "7"), 30), PlanLimit.mostSupported(ELEMENTARY, 3));
    }

    @Override
    public String id() {
        return "british-columbia-k7";
    }

    @Override
    public String description() {
        return "British Columbia (BCTF collective agreement, restored 2017; School Act): kindergarten classes at "
                + "most 22, grades 1-3 at most 24, grades 4-7 at most 30, and at most 3 students with a designation "
                + "(a support plan) in a class.";
    }
}
