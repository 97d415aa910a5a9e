package org.classcruncher.plugins.rules.nsw;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * New South Wales Department of Education: the classes of Kindergarten average at most 20 students, Year 1 at most
 * 22 and Year 2 at most 24 (class size averages for the early years).
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class NewSouthWalesAverages implements PlanRule {

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.averageAtMost(List.of("K", "Kindergarten"), 20),
                PlanLimit.averageAtMost(List.of("1", "Year 1", "Y1"), 22),
                PlanLimit.averageAtMost(List.of("2", "Year 2", "Y2"), 24));
    }

    @Override
    public String id() {
        return "nsw-averages";
    }

    @Override
    public String description() {
        return "New South Wales Department of Education: the classes of Kindergarten average at most 20 students, "
                + "Year 1 at most 22 and Year 2 at most 24 (class size averages for the early years).";
    }
}
