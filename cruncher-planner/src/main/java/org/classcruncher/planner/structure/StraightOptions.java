package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;

/**
 * Tightens the one model with plan rules for one composite pattern: each grade the pattern's composites leave out is
 * taught as one of its {@link StraightOption}s, which fixes its tiers' runs and children and bounds its band and
 * squares by the option's own figures. With a share's size tiers the model otherwise lets a grade's tiers mix
 * fractions of runs whose sizes no plan has, and its bound on the largest class sat at a third of the optimum.
 *
 * <pre>
 *   oneOption[g]       sum_i o(g,i) = 1
 *   optionRun[t,k]     c(t,k) - sum_{i: k(g,i,t) = k} o(g,i) = 0          (each tier t of g)
 *   optionChildren[t]  X(t,g) - sum_i n(g,i,t) o(g,i) = 0
 *   optionLargest[g]   hi(g) - sum_i largest(g,i) o(g,i) >= 0
 *   optionSmallest[g]  lo(g) - sum_i smallest(g,i) o(g,i) <= 0
 *   optionSquares[g]   sum_{tiers t of g} E(t) - sum_i squares(g,i) o(g,i) >= 0
 * </pre>
 */
final class StraightOptions {

    private StraightOptions() {
    }

    /** Adds the rows to {@code milp}, a copy of {@code model}'s program with {@code pattern}'s composites fixed. */
    static void add(MilpModel milp, StructureModel model, SchoolRequest school, List<ClassType> types,
                    CompositePattern pattern) {
        for (GradeSpec grade : school.grades()) {
            if (grade.children() == 0 || inAComposite(grade, types, pattern)) {
                continue;
            }
            List<StraightOption> options = StraightOption.of(grade, types, school.teachers()).stream()
                    .filter(option -> hasRuns(option, model)).toList();
            addOptions(milp, model, grade, options);
        }
    }

    private static boolean inAComposite(GradeSpec grade, List<ClassType> types, CompositePattern pattern) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite() && types.get(t).has(grade.grade()) && pattern.classes(t) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRuns(StraightOption option, StructureModel model) {
        for (int j = 0; j < option.tiers().size(); j++) {
            if (model.run(option.tiers().get(j), option.classes().get(j)) == null) {
                return false;
            }
        }
        return true;
    }

    private static void addOptions(MilpModel milp, StructureModel model, GradeSpec grade,
                                   List<StraightOption> options) {
        String name = grade.grade();
        List<Integer> tiers = options.isEmpty() ? List.of() : options.get(0).tiers();
        Map<Integer, Double> one = new LinkedHashMap<>();
        Map<Integer, Map<Integer, Double>> runRows = new LinkedHashMap<>();
        List<Map<Integer, Double>> childRows = new ArrayList<>();
        for (int tier : tiers) {
            for (StructureModel.Run run : model.runs().get(tier)) {
                runRows.put(run.column(), new LinkedHashMap<>(Map.of(run.column(), 1.0)));
            }
            childRows.add(new LinkedHashMap<>(Map.of(model.children(tier, name), 1.0)));
        }
        StructureModel.Band band = model.bands().stream().filter(of -> of.of().equals("grade " + name)).findFirst()
                .orElse(null);
        Map<Integer, Double> largest = new LinkedHashMap<>();
        Map<Integer, Double> smallest = new LinkedHashMap<>();
        Map<Integer, Double> squares = new LinkedHashMap<>();
        if (band != null) {
            largest.put(band.hi(), 1.0);
            smallest.put(band.lo(), 1.0);
        }
        for (int c = 0; c < milp.columns().size(); c++) {
            // The squares of the grade's tiers: every tier of a straight kind bears the grade's name.
            if (milp.columns().get(c).name().equals("squares[" + name + "]")) {
                squares.put(c, 1.0);
            }
        }
        boolean withSquares = !squares.isEmpty();
        for (int i = 0; i < options.size(); i++) {
            StraightOption option = options.get(i);
            int column = milp.addColumn("option[" + name + "," + i + "]", MilpModel.Kind.BINARY, 0, 1.0);
            one.put(column, 1.0);
            for (int j = 0; j < tiers.size(); j++) {
                runRows.get(model.run(tiers.get(j), option.classes().get(j))).put(column, -1.0);
                childRows.get(j).put(column, -(double) option.children().get(j));
            }
            largest.put(column, -(double) option.largest());
            smallest.put(column, -(double) option.smallest());
            squares.put(column, -(double) option.squares());
        }
        milp.addEquality("oneOption[" + name + "]", one, 1);
        runRows.values().forEach(row -> milp.addEquality("optionRun[" + name + "]", row, 0));
        childRows.forEach(row -> milp.addEquality("optionChildren[" + name + "]", row, 0));
        if (band != null) {
            milp.addAtLeast("optionLargest[" + name + "]", largest, 0);
            milp.addAtMost("optionSmallest[" + name + "]", smallest, 0);
        }
        if (withSquares) {
            milp.addAtLeast("optionSquares[" + name + "]", squares, 0);
        }
    }
}
