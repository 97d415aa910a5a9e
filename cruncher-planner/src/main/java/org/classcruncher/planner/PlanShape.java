package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;

/**
 * What makes two plans the same plan: the same classes, each as its children per grade, whatever their order and
 * labels.
 */
public record PlanShape(List<List<Integer>> classes) {

    public static PlanShape of(SchoolRequest school, ClassPlan plan) {
        List<List<Integer>> classes = new ArrayList<>();
        for (PlannedClass plannedClass : plan.classes()) {
            classes.add(school.grades().stream().map(grade -> plannedClass.childrenOf(grade.grade())).toList());
        }
        classes.sort(PlanShape::compare);
        return new PlanShape(List.copyOf(classes));
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
