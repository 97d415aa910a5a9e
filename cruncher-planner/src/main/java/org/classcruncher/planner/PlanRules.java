package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;

/**
 * The hard rules every plan must keep, checked on a finished plan: every child placed, every class within its
 * limits, every grade's group in a composite at least the minimum subclass size, no more classes than teachers,
 * only allowed composites. Guards against a faulty balancing plugin, checks a plan adjusted by hand, and states
 * the rules for the tests.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** What the plan breaks, in words; empty when it keeps every rule. */
    public static List<String> violations(ClassPlan plan, SchoolRequest school) {
        return check(plan.classes(), school).stream().map(BrokenRule::message).toList();
    }

    /** Each rule the classes break, plan-wide rules first, then class by class in the plan's order. */
    public static List<BrokenRule> check(List<PlannedClass> classes, SchoolRequest school) {
        List<BrokenRule> broken = new ArrayList<>();
        if (classes.size() > school.teachers()) {
            broken.add(new BrokenRule("teachers", null, null, classes.size() + " classes need "
                    + classes.size() + " teachers; the school has " + school.teachers() + "."));
        }
        for (GradeSpec grade : school.grades()) {
            int placed = classes.stream().mapToInt(plannedClass -> plannedClass.childrenOf(grade.grade())).sum();
            if (placed != grade.children()) {
                broken.add(new BrokenRule("children", null, grade.grade(), "Grade " + grade.grade() + " has "
                        + grade.children() + " children but " + placed + " are placed"
                        + (placed < grade.children() ? " (" + (grade.children() - placed) + " without a class)."
                                : " (" + (placed - grade.children()) + " too many).")));
            }
        }
        for (PlannedClass plannedClass : classes) {
            broken.addAll(check(plannedClass, school));
        }
        return broken;
    }

    private static List<BrokenRule> check(PlannedClass plannedClass, SchoolRequest school) {
        String label = plannedClass.label();
        if (plannedClass.total() == 0) {
            return List.of(new BrokenRule("empty", label, null, label + " has no children."));
        }
        ClassSizeLimits limits;
        try {
            limits = school.limitsOf(plannedClass.grades());
        } catch (IllegalArgumentException notAllowed) {
            return List.of(new BrokenRule("allowed", label, null, label + " mixes grades "
                    + String.join(" and ", plannedClass.grades()) + ", a composite the school does not allow."));
        }
        List<BrokenRule> broken = new ArrayList<>();
        if (!limits.allows(plannedClass.total())) {
            broken.add(new BrokenRule("size", label, null, label + " has " + plannedClass.total()
                    + " children; a " + (plannedClass.composite() ? "composite " + String.join("/",
                    plannedClass.grades()) : "class of grade " + plannedClass.grades().get(0)) + " holds "
                    + limits.min() + " to " + limits.max() + "."));
        }
        if (plannedClass.composite()) {
            for (Subclass subclass : plannedClass.subclasses()) {
                if (subclass.children() < school.minSubclassSize()) {
                    broken.add(new BrokenRule("subclass", label, subclass.grade(), label + " has "
                            + subclass.children() + " children of grade " + subclass.grade()
                            + "; a grade's group in a composite has at least " + school.minSubclassSize() + "."));
                }
            }
        }
        return broken;
    }
}
