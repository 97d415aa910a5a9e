package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;

/**
 * The hard rules every plan must keep, checked on a finished plan: every child placed, every class within its
 * limits, every grade's group in a composite at least the minimum subclass size, no more classes than teachers,
 * only allowed composites. Guards against a faulty balancing plugin and states the rules for the tests.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** What the plan breaks, in words; empty when it keeps every rule. */
    public static List<String> violations(ClassPlan plan, SchoolRequest school) {
        List<String> broken = new ArrayList<>();
        if (plan.classes().size() > school.teachers()) {
            broken.add(plan.classes().size() + " classes need more than the " + school.teachers() + " teachers");
        }
        for (GradeSpec grade : school.grades()) {
            int placed = plan.classes().stream().mapToInt(plannedClass -> plannedClass.childrenOf(grade.grade())).sum();
            if (placed != grade.children()) {
                broken.add("grade " + grade.grade() + " has " + grade.children() + " children but " + placed
                        + " are placed");
            }
        }
        for (PlannedClass plannedClass : plan.classes()) {
            ClassSizeLimits limits;
            try {
                limits = school.limitsOf(plannedClass.grades());
            } catch (IllegalArgumentException notAllowed) {
                broken.add(plannedClass.label() + " is not an allowed class");
                continue;
            }
            if (!limits.allows(plannedClass.total())) {
                broken.add(plannedClass.label() + " has " + plannedClass.total() + " children, outside "
                        + limits.min() + ".." + limits.max());
            }
            if (plannedClass.composite()) {
                for (Subclass subclass : plannedClass.subclasses()) {
                    if (subclass.children() < school.minSubclassSize()) {
                        broken.add(plannedClass.label() + " has " + subclass.children() + " children of grade "
                                + subclass.grade() + ", fewer than the minimum subclass size "
                                + school.minSubclassSize());
                    }
                }
            }
        }
        return broken;
    }
}
