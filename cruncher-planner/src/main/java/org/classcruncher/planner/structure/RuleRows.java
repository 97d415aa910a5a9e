package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.spi.PlanLimit;

/**
 * Writes the plan rules' limits into the default formulation, each exactly (docs/model.md, "Plan rules"). The
 * classes of one type share its children evenly, which every limit here is content with: a share rule's size is a
 * tier boundary ({@link SchoolRules#types}), so a tier's classes are all above it or all at most it; a sum or count
 * of classes is the same however the children are dealt; and the children above a target are fewest when the
 * classes are even.
 *
 * <pre>
 *   share[r]        sum_{t above s, k} k c(t,k) - f sum_{t of G, k} k c(t,k)       <= 0
 *   average[r]      sum_{t of G, k} (S(t,k) - a k c(t,k))                           <= 0
 *   kindUsed[K,t]   used(K) - sum_{k >= 1} c(t,k)                                  >= 0   (K: a class's grades)
 *   mostKinds[r,g]  sum_{K holding g} used(K)                                      <= n
 *   mostComposites  sum_{t composite, k} k c(t,k)                                  <= n
 *   overTarget[t]   O(t) - sum_k (S(t,k) - k target(t) c(t,k))                     >= 0,  O(t) >= 0
 * </pre>
 */
final class RuleRows {

    private RuleRows() {
    }

    /** Adds the rows; returns the over-target level's coefficients (empty without targets). */
    static Map<Integer, Double> add(MilpModel milp, SchoolRules rules, List<ClassType> types,
                                    List<List<StructureModel.Run>> runs, List<Map<Integer, Integer>> sizes) {
        int r = 0;
        for (SchoolRules.Limit limit : rules.limits()) {
            r++;
            if (limit.limit() instanceof PlanLimit.ShareAbove share) {
                Map<Integer, Double> row = new LinkedHashMap<>();
                for (int t = 0; t < types.size(); t++) {
                    if (SchoolRules.covers(share, types.get(t).grades())) {
                        boolean above = types.get(t).limits().min() > share.size();
                        for (StructureModel.Run run : runs.get(t)) {
                            row.merge(run.column(), (above ? 1 - share.share() : -share.share()) * run.classes(),
                                    Double::sum);
                        }
                    }
                }
                milp.addAtMost("share[" + r + "]", row, 0);
            } else if (limit.limit() instanceof PlanLimit.AverageAtMost average) {
                Map<Integer, Double> row = new LinkedHashMap<>();
                for (int t = 0; t < types.size(); t++) {
                    if (SchoolRules.covers(average, types.get(t).grades())) {
                        for (StructureModel.Run run : runs.get(t)) {
                            if (run.classes() > 0) {
                                row.put(sizes.get(t).get(run.classes()), 1.0);
                                row.put(run.column(), -average.average() * run.classes());
                            }
                        }
                    }
                }
                milp.addAtMost("average[" + r + "]", row, 0);
            } else if (limit.limit() instanceof PlanLimit.MostKinds kinds) {
                mostKinds(milp, r, kinds, types, runs);
            } else if (limit.limit() instanceof PlanLimit.MostComposites composites) {
                Map<Integer, Double> row = new LinkedHashMap<>();
                for (int t = 0; t < types.size(); t++) {
                    if (types.get(t).composite()) {
                        runs.get(t).forEach(run -> row.put(run.column(), (double) run.classes()));
                    }
                }
                milp.addAtMost("mostComposites[" + r + "]", row, composites.classes());
            }
            // Caps are in the school's limits already; targets are the over-target level below.
        }
        return overTarget(milp, types, runs, sizes);
    }

    private static void mostKinds(MilpModel milp, int r, PlanLimit.MostKinds kinds, List<ClassType> types,
                                  List<List<StructureModel.Run>> runs) {
        Map<List<String>, Integer> used = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            if (!SchoolRules.covers(kinds, type.grades())) {
                continue;
            }
            int column = used.computeIfAbsent(type.grades(), grades -> milp.addColumn(
                    "kindUsed[" + r + "," + String.join("/", grades) + "]", MilpModel.Kind.BINARY, 0, 1.0));
            Map<Integer, Double> row = new LinkedHashMap<>();
            row.put(column, 1.0);
            runs.get(t).stream().filter(run -> run.classes() > 0).forEach(run -> row.put(run.column(), -1.0));
            milp.addAtLeast("kindUsed[" + r + "," + t + "]", row, 0);
        }
        for (String grade : kinds.grades()) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            used.forEach((grades, column) -> {
                if (grades.contains(grade)) {
                    row.put(column, 1.0);
                }
            });
            milp.addAtMost("mostKinds[" + r + "," + grade + "]", row, kinds.kinds());
        }
    }

    private static Map<Integer, Double> overTarget(MilpModel milp, List<ClassType> types,
                                                   List<List<StructureModel.Run>> runs,
                                                   List<Map<Integer, Integer>> sizes) {
        Map<Integer, Double> level = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            if (type.target() == null || type.target() >= type.limits().max()) {
                continue;
            }
            List<StructureModel.Run> running = new ArrayList<>(runs.get(t).stream()
                    .filter(run -> run.classes() > 0).toList());
            if (running.isEmpty()) {
                continue;
            }
            int most = running.stream().mapToInt(StructureModel.Run::classes).max().orElse(0);
            int over = milp.addColumn("overTarget[" + type.name() + "," + t + "]", MilpModel.Kind.CONTINUOUS, 0,
                    (double) most * (type.limits().max() - type.target()));
            Map<Integer, Double> row = new LinkedHashMap<>();
            row.put(over, 1.0);
            for (StructureModel.Run run : running) {
                row.put(sizes.get(t).get(run.classes()), -1.0);
                row.put(run.column(), (double) run.classes() * type.target());
            }
            milp.addAtLeast("overTarget[" + type.name() + "," + t + "]", row, 0);
            level.put(over, 1.0);
        }
        return level;
    }
}
