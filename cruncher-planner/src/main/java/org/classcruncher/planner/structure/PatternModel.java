package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * The default formulation with the composite classes fixed by a {@link CompositePattern}: what is left to decide
 * is how many straight classes each grade runs and how many children of each grade each composite type takes.
 * With the composites' counts known, their size and band rows are plain linear rows (no switch), which is why most
 * of these models close at the root (the formulation, with the search around it: {@code docs/model.md}). Built for
 * one pattern, with or without the size bands:
 *
 * <pre>
 *   run(g,k) binary     grade g runs exactly k straight classes, k in its pruned counts (a fixed count: no column)
 *   children(t,g)       children of grade g in the k(t) classes of composite t, at least ls·k(t)
 *   straight(g,k)       children in grade g's straight classes when it runs k (0 unless run(g,k) = 1)
 *   smallest(g), largest(g), smallest, largest   the bands, as in the default formulation
 *
 *   gradeTotal[g]       sum_k straight(g,k) + sum_t children(t,g) = N(g)       (grades some composite takes)
 *   compositeMin/Max[t] k(t)·l(t) <= sum_g children(t,g) <= k(t)·u(t)
 *   straightMin/Max[g,k] lo(g,k)·run(g,k) <= straight(g,k) <= hi(g,k)·run(g,k), lo = max(k·l(g), N(g) less the
 *                       most the composites can take), hi = min(k·u(g), N(g) less the fewest they must take)
 *   teacherLimit        sum k·run(g,k) <= T - (classes fixed by the pattern and by fixed straight counts)
 *   compositeFloor/Ceiling[g,t]  k(t)·smallest(g) <= sum children(t,·) <= k(t)·largest(g)
 *   bandFloor, bandCeiling: as in the default formulation; a grade only in straight classes has its
 *                       band as sum_k floor(N/k)·run(g,k) .. sum_k ceil(N/k)·run(g,k), as there
 *   hullCeiling[g]      largest >= largest(g): the largest class of all
 *   evenness[t,q]       E(t) >= (2q+1)·sum_g children(t,g) - k(t)·q(q+1)       (composites)
 *   evenness[g,k,q]     E(g,k) >= (2q+1)·straight(g,k) - k·q(q+1)·run(g,k)     (grades some composite takes)
 *                       q = l .. u-1, only the pieces k·q .. k·(q+1) that meet the range of the size
 *                       a grade only in straight classes: sum_k f_k(N)·run(g,k), f_k(N) the squares of N shared
 *                       evenly by k classes
 *   excluded            sum run(g, e(g)) over the grades whose count is not fixed <= their number - 1
 *                       (structures e found before with this pattern and the same fixed counts)
 * </pre>
 *
 * Its levels: {@link #classes()} (to maximise), {@link #largest()}, and {@link #evenGrades()}, W·(sum of squared
 * class sizes) + (sum of grade spreads), which orders plans exactly as the evenness and grade spread levels one
 * after the other do, because the sum of grade spreads is below W (grades times the largest cap, plus one).
 */
public final class PatternModel {

    private final MilpModel milp = new MilpModel();
    private final SchoolRequest school;
    private final List<ClassType> types;
    private final CompositePattern pattern;
    /** By straight type: count -> column of run(g,k); empty for a grade whose count is fixed. */
    private final Map<Integer, Map<Integer, Integer>> runs = new LinkedHashMap<>();
    /** By straight type whose count is fixed: that count. */
    private final Map<Integer, Integer> fixedRuns = new LinkedHashMap<>();
    /** By composite type: grade -> column of children(t,g). */
    private final Map<Integer, Map<String, Integer>> children = new LinkedHashMap<>();
    private final Map<Integer, Double> classes = new LinkedHashMap<>();
    private final Map<Integer, Double> evenGrades = new LinkedHashMap<>();
    private int largest = -1;
    /** No class holds more: the search's bound on the largest class (the caps' own bound without one). */
    private int cap = Integer.MAX_VALUE;
    private int fixedClasses;
    private long fixedEvenGrades;
    private boolean empty;
    private boolean impossible;
    /** Whether the squares are in the model: only the balance level needs them. */
    private boolean squares;

    private PatternModel(SchoolRequest school, List<ClassType> types, CompositePattern pattern) {
        this.school = school;
        this.types = types;
        this.pattern = pattern;
    }

    /**
     * The model without the size bands: it decides the classes ({@link #classes()}) and whether the pattern has a
     * plan.
     *
     * @param straightCounts by type, the straight counts this pattern leaves possible ({@link CompositePattern})
     * @param excluded       structures found before (classes per type)
     */
    public static PatternModel unbalanced(SchoolRequest school, List<ClassType> types, CompositePattern pattern,
                                          List<List<Integer>> straightCounts, List<List<Integer>> excluded) {
        return build(school, types, pattern, straightCounts, excluded, Integer.MAX_VALUE, false, false);
    }

    /**
     * The model of the plans whose largest class holds at most {@code cap} children, with the size bands, to
     * minimise {@link #largest()}: every cap lowered to the bound, so that it sits in the switched rows of each run,
     * where the LP feels it, not only on the largest class.
     */
    public static PatternModel forLargest(SchoolRequest school, List<ClassType> types, CompositePattern pattern,
                                          List<List<Integer>> straightCounts, List<List<Integer>> excluded, int cap) {
        return build(school, types, pattern, straightCounts, excluded, cap, true, false);
    }

    /** As {@link #forLargest}, with the squares too: to minimise {@link #evenGrades()}. */
    public static PatternModel forBalance(SchoolRequest school, List<ClassType> types, CompositePattern pattern,
                                          List<List<Integer>> straightCounts, List<List<Integer>> excluded, int cap) {
        return build(school, types, pattern, straightCounts, excluded, cap, true, true);
    }

    private static PatternModel build(SchoolRequest school, List<ClassType> types, CompositePattern pattern,
                                      List<List<Integer>> straightCounts, List<List<Integer>> excluded, int cap,
                                      boolean balanced, boolean squares) {
        PatternModel model = new PatternModel(school, types, pattern);
        model.cap = cap;
        model.squares = squares;
        model.milp.closesNearRoot();
        List<List<Integer>> counts = model.underCap(straightCounts);
        if (counts == null) {
            model.impossible = true;
            return model;
        }
        model.addRuns(counts);
        model.addComposites();
        model.addGradeTotals();
        model.addTeacherLimit();
        model.addExcluded(excluded);
        if (balanced) {
            model.addBands();
        }
        return model;
    }

    public MilpModel milp() {
        return milp;
    }

    /** Whether the structures found before already include every structure of this pattern. */
    /**
     * Whether the bound on the largest class leaves some grade no count of straight classes: then the pattern has no
     * plan under it, and the model has no rows.
     */
    public boolean impossible() {
        return impossible;
    }

    public boolean empty() {
        return empty;
    }

    /** The column run(g,k) of straight type {@code type}; {@code null} if that count is fixed or impossible. */
    public Integer run(int type, int count) {
        return runs.getOrDefault(type, Map.of()).get(count);
    }

    /** The column children(t,g) of composite type {@code type}. */
    public int children(int type, String grade) {
        return children.get(type).get(grade);
    }

    /** All classes: the straight ones' coefficients; add {@link #fixedClasses()} for the level's value. */
    public Map<Integer, Double> classes() {
        return classes;
    }

    /** The classes every plan of this pattern has for certain: its composites and the fixed straight counts. */
    public int fixedClasses() {
        return fixedClasses;
    }

    /** The largest class: the column's value is the level's (a model with bands only). */
    public Map<Integer, Double> largest() {
        return Map.of(largest, 1.0);
    }

    /**
     * W·(sum of squared class sizes) + sum of grade spreads, with W = {@link #evenWeight}; add
     * {@link #fixedEvenGrades()} for the value.
     */
    public Map<Integer, Double> evenGrades() {
        return evenGrades;
    }

    /** The part of {@link #evenGrades()} no choice of this pattern changes. */
    public long fixedEvenGrades() {
        return fixedEvenGrades;
    }

    /** W: more than any sum of grade spreads the school can have, so the squares come first. */
    public static long evenWeight(SchoolRequest school, List<ClassType> types) {
        int largestCap = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0);
        return (long) school.grades().size() * largestCap + 1;
    }

    /** The weighted children of a plan, less the constant part {@link #fixedWeight}. */
    public Map<Integer, Double> weightedChildren(ChildWeights weights) {
        Map<Integer, Double> weighted = new LinkedHashMap<>();
        children.forEach((type, ofType) -> ofType.forEach((grade, column) -> {
            List<String> straight = List.of(grade);
            weighted.put(column, weights.of(grade, types.get(type).grades()) - weights.of(grade, straight));
        }));
        return weighted;
    }

    /** Every child in a straight class: the part of the weighted children no choice of this pattern changes. */
    public double fixedWeight(ChildWeights weights) {
        double weight = 0;
        for (GradeSpec grade : school.grades()) {
            weight += grade.children() * weights.of(grade.grade(), List.of(grade.grade()));
        }
        return weight;
    }

    /** The plan a solution stands for: classes per type, and children per type and grade. */
    public Structure read(MilpSolution solution) {
        List<Integer> counts = new ArrayList<>();
        List<Map<String, Integer>> ofTypes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            Map<String, Integer> placed = new LinkedHashMap<>();
            if (type.composite()) {
                counts.add(pattern.classes(t));
                for (String grade : type.grades()) {
                    placed.put(grade, children.containsKey(t) ? solution.intValue(children(t, grade)) : 0);
                }
            } else {
                int count = fixedRuns.containsKey(t) ? fixedRuns.get(t) : runs.get(t).entrySet().stream()
                        .filter(run -> solution.intValue(run.getValue()) == 1)
                        .mapToInt(Map.Entry::getKey)
                        .findFirst().orElseThrow();
                counts.add(count);
                placed.put(type.grades().get(0), 0);
            }
            ofTypes.add(placed);
        }
        // The straight classes take what the composites leave.
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite()) {
                String grade = types.get(t).grades().get(0);
                int inComposites = 0;
                for (int c = 0; c < types.size(); c++) {
                    if (types.get(c).composite() && types.get(c).has(grade)) {
                        inComposites += ofTypes.get(c).get(grade);
                    }
                }
                ofTypes.get(t).put(grade, school.grade(grade).children() - inComposites);
            }
        }
        return new Structure(counts, ofTypes);
    }

    /**
     * The straight counts that can keep every class within the bound: k classes of grade g hold at most k·min(u, cap)
     * of what the pattern's composites leave it, which is at least N(g) less the most they can take. Without them the
     * LP would mix a count too small for the bound with one barely larger, and only branching would see it fails.
     * {@code null} when some grade has none left.
     */
    private List<List<Integer>> underCap(List<List<Integer>> straightCounts) {
        if (cap == Integer.MAX_VALUE) {
            return straightCounts;
        }
        List<List<Integer>> kept = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            if (type.composite()) {
                kept.add(straightCounts.get(t));
                continue;
            }
            long leastLeft = leastLeft(type.grades().get(0));
            List<Integer> counts = straightCounts.get(t).stream()
                    .filter(k -> (long) k * max(type) >= leastLeft)
                    .toList();
            if (counts.isEmpty()) {
                return null;
            }
            kept.add(counts);
        }
        return kept;
    }

    /** The fewest children of {@code grade} the composites can leave to its straight classes. */
    private long leastLeft(String grade) {
        long mostTaken = 0;
        for (int c = 0; c < types.size(); c++) {
            ClassType composite = types.get(c);
            int k = pattern.classes(c);
            if (k > 0 && composite.has(grade)) {
                mostTaken += (long) k * Math.max(0, max(composite)
                        - (long) school.minSubclassSize() * (composite.grades().size() - 1));
            }
        }
        return Math.max(0, school.grade(grade).children() - mostTaken);
    }

    /** The most children of {@code grade} the composites can leave to its straight classes. */
    private long mostLeft(String grade) {
        long fewestTaken = 0;
        for (int c = 0; c < types.size(); c++) {
            if (pattern.classes(c) > 0 && types.get(c).has(grade)) {
                fewestTaken += (long) pattern.classes(c) * school.minSubclassSize();
            }
        }
        return school.grade(grade).children() - fewestTaken;
    }

    private void addRuns(List<List<Integer>> straightCounts) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite()) {
                fixedClasses += pattern.classes(t);
                continue;
            }
            List<Integer> counts = straightCounts.get(t);
            if (counts.size() == 1) {
                fixedRuns.put(t, counts.get(0));
                fixedClasses += counts.get(0);
                continue;
            }
            Map<Integer, Integer> ofType = new LinkedHashMap<>();
            Map<Integer, Double> one = new LinkedHashMap<>();
            for (int k : counts) {
                int column = milp.addColumn("run[" + types.get(t).name() + "," + k + "]", MilpModel.Kind.BINARY, 0, 1.0);
                ofType.put(k, column);
                one.put(column, 1.0);
                if (k > 0) {
                    classes.put(column, (double) k);
                }
            }
            runs.put(t, ofType);
            milp.addEquality("oneRunCount[" + types.get(t).name() + "]", one, 1);
        }
    }

    private void addComposites() {
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            int k = pattern.classes(t);
            if (!type.composite() || k == 0) {
                continue;
            }
            Map<String, Integer> ofType = new LinkedHashMap<>();
            Map<Integer, Double> size = new LinkedHashMap<>();
            for (String grade : type.grades()) {
                int column = milp.addColumn("children[" + type.name() + "," + grade + "]", MilpModel.Kind.INTEGER,
                        (double) school.minSubclassSize() * k, (double) school.grade(grade).children());
                ofType.put(grade, column);
                size.put(column, 1.0);
            }
            children.put(t, ofType);
            milp.addAtLeast("compositeMin[" + type.name() + "]", size, (double) k * type.limits().min());
            milp.addAtMost("compositeMax[" + type.name() + "]", size, (double) k * max(type));
        }
    }

    /** The straight children's columns straight(g,k), by straight type then count (k >= 1). */
    private final Map<Integer, Map<Integer, Integer>> straight = new LinkedHashMap<>();
    /** By column straight(g,k): the fewest and most children it can hold when its run is chosen. */
    private final Map<Integer, long[]> straightRange = new LinkedHashMap<>();

    private void addGradeTotals() {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite()) {
                continue;
            }
            ClassType type = types.get(t);
            String grade = type.grades().get(0);
            Map<Integer, Double> total = new LinkedHashMap<>();
            inComposites(grade).forEach(column -> total.put(column, 1.0));
            if (total.isEmpty()) {
                // No composite takes this grade: its straight classes hold all of it, which the pruned counts allow.
                continue;
            }
            Map<Integer, Integer> sizes = new LinkedHashMap<>();
            for (int k : counts(t)) {
                if (k == 0) {
                    continue;
                }
                // The children k straight classes take: within their sizes, and what the composites can leave.
                long low = Math.max((long) k * type.limits().min(), leastLeft(grade));
                long high = Math.min((long) k * max(type), mostLeft(grade));
                int column = milp.addColumn("straight[" + grade + "," + k + "]", MilpModel.Kind.CONTINUOUS, 0,
                        (double) Math.max(0, high));
                sizes.put(k, column);
                straightRange.put(column, new long[] {low, high});
                total.put(column, 1.0);
                Integer run = run(t, k);
                if (run == null) {
                    milp.addAtLeast("straightMin[" + grade + "," + k + "]", Map.of(column, 1.0), (double) low);
                } else {
                    milp.addAtLeast("straightMin[" + grade + "," + k + "]", Map.of(column, 1.0, run, -(double) low),
                            0);
                    milp.addAtMost("straightMax[" + grade + "," + k + "]", Map.of(column, 1.0, run, -(double) high),
                            0);
                }
            }
            straight.put(t, sizes);
            milp.addEquality("gradeTotal[" + grade + "]", total, school.grade(grade).children());
        }
    }

    private void addTeacherLimit() {
        if (!classes.isEmpty()) {
            milp.addAtMost("teacherLimit", classes, (double) school.teachers() - fixedClasses);
        }
    }

    private void addExcluded(List<List<Integer>> excluded) {
        for (List<Integer> found : excluded) {
            if (!pattern.matches(found, types)) {
                continue;
            }
            Map<Integer, Double> row = new LinkedHashMap<>();
            boolean differs = false;
            for (int t = 0; t < types.size(); t++) {
                if (types.get(t).composite()) {
                    continue;
                }
                int count = found.get(t);
                if (fixedRuns.containsKey(t)) {
                    differs |= fixedRuns.get(t) != count;
                } else if (run(t, count) == null) {
                    differs = true;
                } else {
                    row.put(run(t, count), 1.0);
                }
            }
            if (differs) {
                continue;
            }
            if (row.isEmpty()) {
                empty = true;
                return;
            }
            milp.addAtMost("excluded", row, row.size() - 1.0);
        }
    }

    private void addBands() {
        milp.useRoundingCuts();
        milp.hasLargeWholeObjective();
        int largestCap = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0);
        long weight = evenWeight(school, types);
        largest = milp.addColumn("largest[all classes]", MilpModel.Kind.INTEGER, 0,
                (double) Math.min(largestCap, cap));
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite()) {
                if (children.containsKey(t)) {
                    compositeEvenness(t, weight);
                }
                continue;
            }
            String grade = types.get(t).grades().get(0);
            List<Integer> composites = compositesWith(grade);
            if (composites.isEmpty()) {
                straightBand(t, grade, weight);
            } else {
                sharedBand(t, grade, composites, weight, largestCap);
            }
        }
    }

    /** A grade only in straight classes: its band and its squares follow from its count alone. */
    private void straightBand(int type, String grade, long weight) {
        int children = school.grade(grade).children();
        if (fixedRuns.containsKey(type)) {
            int k = fixedRuns.get(type);
            fixedEvenGrades += weight * squares(children, k) + (ceilDiv(children, k) - children / k);
            milp.addAtLeast("hullCeiling[" + grade + "]", Map.of(largest, 1.0), ceilDiv(children, k));
            return;
        }
        Map<Integer, Double> ceiling = new LinkedHashMap<>();
        ceiling.put(largest, 1.0);
        runs.get(type).forEach((k, column) -> {
            ceiling.put(column, -(double) ceilDiv(children, k));
            long value = weight * squares(children, k) + ceilDiv(children, k) - children / k;
            if (value > 0) {
                evenGrades.merge(column, (double) value, Double::sum);
            }
        });
        milp.addAtLeast("hullCeiling[" + grade + "]", ceiling, 0);
    }

    /** A grade some composite of the pattern takes: a band of its own, around its straight and composite classes. */
    private void sharedBand(int type, String grade, List<Integer> composites, long weight, int largestCap) {
        int gradeLo = milp.addColumn("smallest[grade " + grade + "]", MilpModel.Kind.INTEGER, 0, (double) largestCap);
        int gradeHi = milp.addColumn("largest[grade " + grade + "]", MilpModel.Kind.INTEGER, 0,
                (double) Math.min(largestCap, cap));
        evenGrades.merge(gradeHi, 1.0, Double::sum);
        evenGrades.merge(gradeLo, -1.0, Double::sum);
        milp.addAtLeast("bandOrdered[" + grade + "]", Map.of(gradeHi, 1.0, gradeLo, -1.0), 0);
        milp.addAtLeast("hullCeiling[" + grade + "]", Map.of(largest, 1.0, gradeHi, -1.0), 0);
        for (int t : composites) {
            int k = pattern.classes(t);
            Map<Integer, Double> floor = new LinkedHashMap<>();
            Map<Integer, Double> ceiling = new LinkedHashMap<>();
            children.get(t).values().forEach(column -> {
                floor.put(column, 1.0);
                ceiling.put(column, 1.0);
            });
            floor.put(gradeLo, -(double) k);
            ceiling.put(gradeHi, -(double) k);
            milp.addAtLeast("compositeFloor[" + grade + "," + types.get(t).name() + "]", floor, 0);
            milp.addAtMost("compositeCeiling[" + grade + "," + types.get(t).name() + "]", ceiling, 0);
        }
        ClassType straightType = types.get(type);
        straight.get(type).forEach((k, size) -> {
            Integer run = run(type, k);
            double bound = (double) k * largestCap;
            if (run == null) {
                milp.addAtLeast("bandFloor[" + grade + "," + k + "]", Map.of(size, 1.0, gradeLo, -(double) k), 0);
            } else {
                milp.addAtLeast("bandFloor[" + grade + "," + k + "]",
                        Map.of(size, 1.0, gradeLo, -(double) k, run, -bound), -bound);
            }
            milp.addAtMost("bandCeiling[" + grade + "," + k + "]", Map.of(size, 1.0, gradeHi, -(double) k), 0);
            long[] range = straightRange.get(size);
            evenness(grade + "," + k, Map.of(size, 1.0), k, run, straightType, range[0], range[1], weight);
        });
    }

    /** The squares of a composite's classes: its k classes share its children evenly. */
    private void compositeEvenness(int type, long weight) {
        ClassType composite = types.get(type);
        int k = pattern.classes(type);
        Map<Integer, Double> size = new LinkedHashMap<>();
        children.get(type).values().forEach(column -> size.put(column, 1.0));
        long low = Math.max((long) k * composite.limits().min(),
                (long) k * school.minSubclassSize() * composite.grades().size());
        long high = Math.min((long) k * max(composite),
                composite.grades().stream().mapToLong(grade -> school.grade(grade).children()).sum());
        evenness(composite.name(), size, k, null, composite, low, high, weight);
    }

    /**
     * E >= (2q+1)·size - k·q(q+1)·run for the q whose pieces meet [low, high]: the tangents of the squares of
     * {@code size} children shared evenly by k classes, exact at every whole size in that range (no row binds below
     * the run's sizes when it is not chosen). The other pieces' tangents lie below there, so they are left out: a
     * third of the rows or fewer, and smaller LPs.
     *
     * @param run the run's binary, {@code null} when the k classes certainly run
     */
    private void evenness(String of, Map<Integer, Double> size, int k, Integer run, ClassType type, long low,
                          long high, long weight) {
        if (!squares) {
            return;
        }
        int max = max(type);
        int min = (int) Math.max(type.limits().min(), Math.min(max - 1, low / k));
        int last = (int) Math.max(min, Math.min(max - 1, ceilDiv(high, k) - 1));
        // Continuous, though whole at every whole size: declared whole, GLPK branched on them in vain and took seconds
        // to prove a pattern had no plan.
        int column = milp.addColumn("squares[" + of + "]", MilpModel.Kind.CONTINUOUS, 0, (double) k * max * max);
        evenGrades.put(column, (double) weight);
        for (int q = min; q <= last; q++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            row.put(column, 1.0);
            int slope = 2 * q + 1;
            size.forEach((sizeColumn, coefficient) -> row.put(sizeColumn, -slope * coefficient));
            double intercept = (double) k * q * (q + 1);
            if (run == null) {
                milp.addAtLeast("evenness[" + of + "," + q + "]", row, -intercept);
            } else {
                row.put(run, intercept);
                milp.addAtLeast("evenness[" + of + "," + q + "]", row, 0);
            }
        }
    }

    /** The sum of squared sizes of k classes sharing {@code children} evenly. */
    static long squares(int children, int k) {
        long q = children / k;
        long r = children - k * q;
        return k * q * q + r * (2 * q + 1);
    }

    /** The most children a class of the type may hold here: its cap, or the model's bound when lower. */
    private int max(ClassType type) {
        return Math.min(type.limits().max(), cap);
    }

    /** The composite types of the pattern that run classes with {@code grade}. */
    private List<Integer> compositesWith(String grade) {
        return children.keySet().stream().filter(t -> types.get(t).has(grade)).toList();
    }

    private List<Integer> inComposites(String grade) {
        return compositesWith(grade).stream().map(t -> children(t, grade)).toList();
    }

    private List<Integer> counts(int type) {
        return fixedRuns.containsKey(type) ? List.of(fixedRuns.get(type)) : List.copyOf(runs.get(type).keySet());
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
