package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.ClassLabeller;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * Turns a solution of the default formulation into classes. The k classes of one type share that type's children:
 * grade after grade, the children are dealt round-robin to the k classes. Every class then holds S/k children
 * rounded down or up, and each grade's group S(g)/k rounded down or up, so the class sizes stay within the bands
 * the model chose and every composite group keeps at least the minimum subclass size.
 */
public final class StructurePlanReader {

    private StructurePlanReader() {
    }

    public static ClassPlan read(SchoolRequest school, List<ClassType> types, Structure structure, boolean optimal,
                                 Double gap) {
        List<List<Subclass>> classes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            int count = structure.classes().get(t);
            if (count == 0) {
                continue;
            }
            List<String> grades = types.get(t).grades();
            Map<String, Integer> children = structure.children().get(t);
            int[] gradeChildren = grades.stream().mapToInt(children::get).toArray();
            classes.addAll(deal(grades, gradeChildren, count));
        }
        return ClassPlan.of(1, ClassLabeller.label(school, classes), optimal, gap);
    }

    /** Classes per type: what a structure is, and what an alternative must differ in. */
    public static List<Integer> structure(StructureModel model, MilpSolution solution) {
        List<Integer> counts = new ArrayList<>();
        for (List<StructureModel.Run> ofType : model.runs()) {
            counts.add(ofType.stream()
                    .filter(run -> solution.intValue(run.column()) == 1)
                    .mapToInt(StructureModel.Run::classes)
                    .findFirst()
                    .orElse(0));
        }
        return counts;
    }

    /** Deals the children of each grade in turn round-robin to {@code count} classes. */
    static List<List<Subclass>> deal(List<String> grades, int[] gradeChildren, int count) {
        List<List<Subclass>> classes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<Subclass> subclasses = new ArrayList<>();
            int offset = 0;
            for (int g = 0; g < grades.size(); g++) {
                // Child number i (counting across grades) goes to class i mod count: class k's first child of this
                // grade is the one `first` places into the grade, then every count-th.
                int first = Math.floorMod(k - offset, count);
                int dealt = first >= gradeChildren[g] ? 0 : (gradeChildren[g] - first + count - 1) / count;
                subclasses.add(new Subclass(grades.get(g), dealt));
                offset += gradeChildren[g];
            }
            classes.add(subclasses);
        }
        return classes;
    }
}
