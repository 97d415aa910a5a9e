package org.classcruncher.plugins.rules.queensland;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * Queensland Department of Education class size targets: Prep to Year 3 25, Years 4 to 10 28, Years 11 and 12 25.
 * They are targets, not strict limits: a class goes over only when no plan keeps to them, by as few children as
 * possible. A composite takes the lowest target of its years (the lower year's below Year 11).
 *
 * <p>Grades are listed under each name schools use for them; the planner ignores the names a school does not teach.
 */
public class QueenslandTargets implements PlanRule {

    private static final List<String> EARLY = List.of("Prep", "P", "K", "1", "2", "3");
    private static final List<String> MIDDLE = List.of("4", "5", "6", "7", "8", "9", "10");
    private static final List<String> SENIOR = List.of("11", "12");

    private static final int EARLY_TARGET = 25;
    private static final int MIDDLE_TARGET = 28;
    private static final int SENIOR_TARGET = 25;

    @Override
    public List<PlanLimit> limits(SchoolRequest school) {
        return List.of(PlanLimit.target(EARLY, EARLY_TARGET), PlanLimit.target(MIDDLE, MIDDLE_TARGET),
                PlanLimit.target(SENIOR, SENIOR_TARGET));
    }

    /** The target of a year named {@code grade}; {@code null} for a name this pack does not know. */
    static Integer targetOf(String grade) {
        if (EARLY.contains(grade)) {
            return EARLY_TARGET;
        }
        if (MIDDLE.contains(grade)) {
            return MIDDLE_TARGET;
        }
        return SENIOR.contains(grade) ? SENIOR_TARGET : null;
    }

    @Override
    public String id() {
        return "queensland-targets";
    }

    @Override
    public String description() {
        return "Queensland Department of Education class size targets: Prep to Year 3 25, Years 4 to 10 28, Years 11"
                + " and 12 25. They are targets, not strict limits: a class goes over only when no plan keeps to them, "
                + "by as few children as possible. A composite takes the lowest target of its years (the lower year's "
                + "below Year 11).";
    }
}
