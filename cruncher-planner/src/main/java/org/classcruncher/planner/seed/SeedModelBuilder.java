package org.classcruncher.planner.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;

/**
 * Builds the seed's MILP, exactly as the original design describes it. The formulation is written out in
 * {@code docs/model.md}.
 *
 * <pre>
 *   variables   x(i) >= 0 integer   subclassSize: children of one grade in potential class j(i)
 *               y(j) binary         classUsed:    whether potential class j runs
 *   gradeTotal[g]        sum_{i of grade g} x(i)              =  N(g)
 *   minClassSize[j]      sum_{i in j} x(i) - l(j) y(j)        >= 0
 *   maxClassSize[j]      sum_{i in j} x(i) - u(j) y(j)        <= 0
 *   minSubclassSize[i]   x(i) - M y(j(i))                     >= ls - M
 *   teacherLimit         sum_j y(j)                           <= T
 *   minimise             sum_i w(i) x(i)        (w = 1, or the chosen ObjectiveWeighting)
 * </pre>
 *
 * Columns are the x(i) first, in class order, then the y(j); rows come in the order above. The big-M row switches
 * the min subclass size on only for used classes; it is weak, which is why this is no longer the default model.
 */
public final class SeedModelBuilder {

    /** The seed's "large number": far above any class size, so the rule is off for an unused class. */
    static final double BIG_M = 10_000;

    public SeedModel build(SchoolRequest school, List<ClassType> classes, ChildWeights weights) {
        MilpModel milp = new MilpModel();
        List<SeedModel.SubclassColumn> subclasses = subclassSize(milp, classes);
        int[] classUsed = classUsed(milp, classes);
        childrenWeighted(milp, classes, subclasses, weights);
        gradeTotal(milp, school, subclasses);
        minClassSize(milp, classes, subclasses, classUsed);
        maxClassSize(milp, classes, subclasses, classUsed);
        minSubclassSize(milp, school, subclasses, classUsed);
        teacherLimit(milp, school, classUsed);
        return new SeedModel(milp, classes, classUsed, subclasses);
    }

    private static List<SeedModel.SubclassColumn> subclassSize(MilpModel milp, List<ClassType> classes) {
        List<SeedModel.SubclassColumn> subclasses = new ArrayList<>();
        for (int j = 0; j < classes.size(); j++) {
            for (String grade : classes.get(j).grades()) {
                int column = milp.addColumn("subclassSize[" + (j + 1) + "," + grade + "]",
                        MilpModel.Kind.INTEGER, 0, null);
                subclasses.add(new SeedModel.SubclassColumn(j, grade, column));
            }
        }
        return subclasses;
    }

    /** minimise sum_i w(i) x(i). */
    private static void childrenWeighted(MilpModel milp, List<ClassType> classes,
                                         List<SeedModel.SubclassColumn> subclasses, ChildWeights weights) {
        Map<Integer, Double> objective = new LinkedHashMap<>();
        for (SeedModel.SubclassColumn subclass : subclasses) {
            List<String> classGrades = classes.get(subclass.classIndex()).grades();
            objective.put(subclass.column(), weights.of(subclass.grade(), classGrades));
        }
        milp.minimise(objective);
    }

    private static int[] classUsed(MilpModel milp, List<ClassType> classes) {
        int[] classUsed = new int[classes.size()];
        for (int j = 0; j < classes.size(); j++) {
            classUsed[j] = milp.addColumn("classUsed[" + (j + 1) + "]", MilpModel.Kind.BINARY, 0, 1.0);
        }
        return classUsed;
    }

    private static void gradeTotal(MilpModel milp, SchoolRequest school, List<SeedModel.SubclassColumn> subclasses) {
        for (GradeSpec grade : school.grades()) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            subclasses.stream()
                    .filter(subclass -> subclass.grade().equals(grade.grade()))
                    .forEach(subclass -> row.put(subclass.column(), 1.0));
            milp.addEquality("gradeTotal[" + grade.grade() + "]", row, grade.children());
        }
    }

    private static void minClassSize(MilpModel milp, List<ClassType> classes,
                                     List<SeedModel.SubclassColumn> subclasses, int[] classUsed) {
        for (int j = 0; j < classes.size(); j++) {
            Map<Integer, Double> row = classChildren(j, subclasses);
            row.put(classUsed[j], -(double) classes.get(j).limits().min());
            milp.addAtLeast("minClassSize[" + (j + 1) + "]", row, 0);
        }
    }

    private static void maxClassSize(MilpModel milp, List<ClassType> classes,
                                     List<SeedModel.SubclassColumn> subclasses, int[] classUsed) {
        for (int j = 0; j < classes.size(); j++) {
            Map<Integer, Double> row = classChildren(j, subclasses);
            row.put(classUsed[j], -(double) classes.get(j).limits().max());
            milp.addAtMost("maxClassSize[" + (j + 1) + "]", row, 0);
        }
    }

    private static void minSubclassSize(MilpModel milp, SchoolRequest school,
                                        List<SeedModel.SubclassColumn> subclasses, int[] classUsed) {
        for (SeedModel.SubclassColumn subclass : subclasses) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            row.put(subclass.column(), 1.0);
            row.put(classUsed[subclass.classIndex()], -BIG_M);
            milp.addAtLeast("minSubclassSize[" + (subclass.classIndex() + 1) + "," + subclass.grade() + "]", row,
                    school.minSubclassSize() - BIG_M);
        }
    }

    private static void teacherLimit(MilpModel milp, SchoolRequest school, int[] classUsed) {
        Map<Integer, Double> row = new LinkedHashMap<>();
        for (int column : classUsed) {
            row.put(column, 1.0);
        }
        milp.addAtMost("teacherLimit", row, school.teachers());
    }

    /** sum_{i in j} x(i): the children of class j. */
    private static Map<Integer, Double> classChildren(int j, List<SeedModel.SubclassColumn> subclasses) {
        Map<Integer, Double> row = new LinkedHashMap<>();
        subclasses.stream()
                .filter(subclass -> subclass.classIndex() == j)
                .forEach(subclass -> row.put(subclass.column(), 1.0));
        return row;
    }
}
