package org.classcruncher.planner.rules;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;

/**
 * Places each grade's children with a support plan in the classes holding that grade, as evenly as the classes
 * allow: the fewest in the fullest class, each class within the rules' cap ({@code PlanLimit.mostSupported}), within
 * its own cap where they count as more than one ({@code PlanLimit.supportedCountAs}), and never more than its children of the
 * grade. A flow from grades to classes, with every class's capacity raised one
 * child at a time until all are placed; so when any placement exists within the caps, this finds one.
 */
public final class SupportedChildren {

    private SupportedChildren() {
    }

    /**
     * The plan with each class's children with a support plan; {@code null} when they cannot all be placed within
     * the rules' caps.
     */
    public static ClassPlan dealt(ClassPlan plan, SchoolRequest school, SchoolRules rules) {
        List<GradeSpec> grades = school.grades().stream().filter(grade -> grade.supported() > 0).toList();
        List<PlannedClass> classes = plan.classes();
        if (grades.isEmpty()) {
            return plan;
        }
        int total = grades.stream().mapToInt(GradeSpec::supported).sum();
        Flow flow = new Flow(grades, classes);
        int placed = 0;
        for (int most = 1; placed < total && most <= total; most++) {
            for (int c = 0; c < classes.size(); c++) {
                flow.classCapacity[c] = Math.min(most, room(classes.get(c), school, rules));
            }
            placed += flow.augment();
        }
        if (placed < total) {
            return null;
        }
        List<PlannedClass> dealt = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            dealt.add(classes.get(c).withSupported(flow.inClass(c)));
        }
        return plan.withSupportedClasses(dealt);
    }

    /** The most supported children the class may hold ({@link SchoolRules#supportedHeld}). */
    private static int room(PlannedClass plannedClass, SchoolRequest school, SchoolRules rules) {
        return rules.supportedHeld(plannedClass.grades(), plannedClass.total(),
                school.limitsOf(plannedClass.grades()).max());
    }

    /** Source → grade (its supported children) → class (its children of the grade) → sink (the class's capacity). */
    private static final class Flow {

        private final List<GradeSpec> grades;
        private final List<PlannedClass> classes;
        private final int[] fromSource;
        private final int[][] gradeToClass;
        private final int[][] gradeToClassCapacity;
        private final int[] toSink;
        private final int[] classCapacity;

        Flow(List<GradeSpec> grades, List<PlannedClass> classes) {
            this.grades = grades;
            this.classes = classes;
            fromSource = new int[grades.size()];
            gradeToClass = new int[grades.size()][classes.size()];
            gradeToClassCapacity = new int[grades.size()][classes.size()];
            toSink = new int[classes.size()];
            classCapacity = new int[classes.size()];
            for (int g = 0; g < grades.size(); g++) {
                for (int c = 0; c < classes.size(); c++) {
                    gradeToClassCapacity[g][c] = classes.get(c).childrenOf(grades.get(g).grade());
                }
            }
        }

        int inClass(int c) {
            return toSink[c];
        }

        /** Augments along paths source → grade → (class → grade → …) → class → sink while any exists. */
        int augment() {
            int added = 0;
            boolean found = true;
            while (found) {
                found = false;
                for (int g = 0; g < grades.size(); g++) {
                    if (fromSource[g] < grades.get(g).supported() && path(g, new boolean[grades.size()])) {
                        fromSource[g]++;
                        added++;
                        found = true;
                    }
                }
            }
            return added;
        }

        /** One more child of grade {@code g} placed: in a class with room, or by moving another grade's child on. */
        private boolean path(int g, boolean[] seen) {
            seen[g] = true;
            for (int c = 0; c < classes.size(); c++) {
                if (gradeToClass[g][c] < gradeToClassCapacity[g][c] && toSink[c] < classCapacity[c]) {
                    gradeToClass[g][c]++;
                    toSink[c]++;
                    return true;
                }
            }
            for (int c = 0; c < classes.size(); c++) {
                if (gradeToClass[g][c] >= gradeToClassCapacity[g][c]) {
                    continue;
                }
                // The class is full: another grade's child in it moves to some other class, making room.
                for (int other = 0; other < grades.size(); other++) {
                    if (!seen[other] && gradeToClass[other][c] > 0) {
                        gradeToClass[other][c]--;
                        if (path(other, seen)) {
                            // other's child moved on to another class; g's takes its seat in c.
                            gradeToClass[g][c]++;
                            return true;
                        }
                        gradeToClass[other][c]++;
                    }
                }
            }
            return false;
        }
    }
}
