package org.classcruncher.plugins.rules.texas;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * Texas Education Code 25.112: a class in kindergarten to grade 4 has at most 22 students, combined classes
 * holding one of those grades included.
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class TexasPrimaryCap implements PlanRule {

    private static final List<String> PRIMARY = List.of("PK", "K", "1", "2", "3", "4");

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.cap(PRIMARY, 22));
    }

    @Override
    public String id() {
        return "texas-k4";
    }

    @Override
    public String description() {
        return "Texas Education Code 25.112: a class in kindergarten to grade 4 has at most 22 students, combined "
                + "classes holding one of those grades included.";
    }
}
