package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.classcruncher.api.SchoolRequest;
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
 *   supported       see {@link #supported}
 * </pre>
 */
final class RuleRows {

    private RuleRows() {
    }

    /** Adds the rows; returns the over-target level's coefficients (empty without targets). */
    static Map<Integer, Double> add(MilpModel milp, SchoolRequest school, SchoolRules rules, List<ClassType> types,
                                    List<List<StructureModel.Run>> runs, List<Map<String, Integer>> children,
                                    List<Map<Integer, Integer>> sizes) {
        if (!rules.all(PlanLimit.MostSupported.class).isEmpty()
                || !rules.all(PlanLimit.SupportedCountAs.class).isEmpty()) {
            supported(milp, school, rules, types, runs, children, sizes);
        }
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
            // Caps are in the school's limits already; targets are the over-target level below; children with a
            // support plan above.
        }
        return overTarget(milp, types, runs, sizes);
    }

    /**
     * Children with a support plan, where a rule caps them per class: P(t,g) of grade g's in the classes of type t,
     * dealt evenly over them as the children are, so a class holds at most ceil(sum_g P(t,g) / k) and never more of
     * grade g than its children of g.
     *
     * <pre>
     *   supportedTotal[g]    sum_t P(t,g)                       = supported(g)
     *   supportedIn[t,g]     P(t,g) - X(t,g)                    <= 0
     *   mostSupported[t]     sum_g P(t,g) - n sum_k k c(t,k) <= 0      (n: the lowest cap naming t's grades)
     *   countedAs[t,r]       sum_g P(t,g) - (h(r+1) - h(r)) (R(t) - r K(t)) - h(r) K(t) <= 0
     *                        K(t) = sum_k k c(t,k), R(t) = u(t) K(t) - sum_k S(t,k), for each r where the slope changes
     * </pre>
     *
     * A supported child counting as 1 + 1/m (m of them take one place more): a class with r places of room under its
     * cap u holds at most h(r) = min(m r, u - r, n) of them, a concave function of r; so K classes sharing R places of
     * room hold the most when their rooms are even, as the planner deals them, and then exactly K h~(R / K), h~ the
     * piecewise-linear function through h at whole r, whose pieces are the rows (the tangent rows of a concave
     * function: exact, no big M). With 2 (m = 1) the even split is the classes with a child more taking a supported
     * child fewer.
     */
    private static void supported(MilpModel milp, SchoolRequest school, SchoolRules rules, List<ClassType> types,
                                  List<List<StructureModel.Run>> runs, List<Map<String, Integer>> children,
                                  List<Map<Integer, Integer>> sizes) {
        Map<String, Map<Integer, Double>> totals = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            Map<Integer, Double> inType = new LinkedHashMap<>();
            for (String grade : type.grades()) {
                int supported = school.grade(grade).supported();
                if (supported == 0) {
                    continue;
                }
                int column = milp.addColumn("supported[" + type.name() + "," + t + "," + grade + "]",
                        MilpModel.Kind.INTEGER, 0, (double) supported);
                milp.addAtMost("supportedIn[" + t + "," + grade + "]",
                        Map.of(column, 1.0, children.get(t).get(grade), -1.0), 0);
                totals.computeIfAbsent(grade, g -> new LinkedHashMap<>()).put(column, 1.0);
                inType.put(column, 1.0);
            }
            Integer most = rules.mostSupported(type.grades());
            if (most != null && !inType.isEmpty()) {
                Map<Integer, Double> row = new LinkedHashMap<>(inType);
                runs.get(t).forEach(run -> row.put(run.column(), -(double) most * run.classes()));
                milp.addAtMost("mostSupported[" + t + "]", row, 0);
            }
            Integer sharing = rules.supportedSharingAPlace(type.grades());
            if (sharing != null && !inType.isEmpty()) {
                // The kind's own cap, not its size tier's (a share rule's tier of 20 or fewer keeps the cap of 23).
                int cap = types.stream().filter(other -> other.grades().equals(type.grades()))
                        .mapToInt(other -> other.limits().max()).max().orElseThrow();
                // h(r): what a class with r places of room holds, the measure the children are placed by.
                IntUnaryOperator holding = room -> rules.supportedHeld(type.grades(), cap - room, cap);
                int previousSlope = Integer.MIN_VALUE;
                for (int room = 0; room < cap; room++) {
                    int slope = holding.applyAsInt(room + 1) - holding.applyAsInt(room);
                    if (slope != previousSlope) {
                        milp.addAtMost("countedAs[" + t + "," + room + "]", roomRow(inType, runs.get(t),
                                sizes.get(t), cap, slope, holding.applyAsInt(room) - slope * room), 0);
                        previousSlope = slope;
                    }
                }
            }
        }
        totals.forEach((grade, row) -> milp.addEquality("supportedTotal[" + grade + "]", row,
                school.grade(grade).supported()));
    }

    /** The row sum_g P(t,g) - slope R(t) - perClass sum_k k c(t,k), R(t) the places the classes leave below {@code cap}. */
    private static Map<Integer, Double> roomRow(Map<Integer, Double> inType, List<StructureModel.Run> runs,
                                                Map<Integer, Integer> sizes, int cap, int slope, int perClass) {
        Map<Integer, Double> row = new LinkedHashMap<>(inType);
        for (StructureModel.Run run : runs) {
            if (run.classes() > 0) {
                row.put(sizes.get(run.classes()), (double) slope);
                row.put(run.column(), -((double) slope * cap + perClass) * run.classes());
            }
        }
        return row;
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
