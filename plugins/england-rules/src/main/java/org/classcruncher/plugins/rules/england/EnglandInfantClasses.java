package org.classcruncher.plugins.rules.england;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * England, School Admissions (Infant Class Sizes) (England) Regulations 2012: an infant class (Reception, Year 1,
 * Year 2) has at most 30 pupils with one school teacher, mixed-age classes holding an infant year included.
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class EnglandInfantClasses implements PlanRule {

    private static final List<String> INFANT = List.of("R", "Reception", "1", "2", "Y1", "Y2", "Year 1", "Year 2");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.cap(INFANT, 30));
    }

    @Override
    public String id() {
        return "england-infant";
    }

    @Override
    public String description() {
        return "England, School Admissions (Infant Class Sizes) (England) Regulations 2012: an infant class "
                + "(Reception, Year 1, Year 2) has at most 30 pupils with one school teacher, mixed-age classes holding"
                + " an infant year included.";
    }
}
