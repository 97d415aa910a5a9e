package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.rules.SchoolRules;

/**
 * Builds the default formulation. It decides the school's class <em>structure</em> (how many classes of each
 * type) and how many children of each grade go into each type; the classes of one type then share those
 * children evenly (see {@link StructurePlanReader}), which never loses anything the objective values: evening out
 * the classes of one type only narrows every size band. Identical classes are never told apart, so the search has
 * no symmetry, and it is small (a few hundred columns for a K-12 school). The formulation is written out in
 * {@code docs/model.md}.
 *
 * <pre>
 *   c(t,k) binary     runs:     type t runs exactly k classes, 0 <= k <= m(t)  (m: most classes it could fill)
 *   X(t,g) integer    children: children of grade g in the classes of type t
 *   S(t,k) >= 0       size:     children of type t when it runs k classes (0 unless c(t,k) = 1)
 *   lo(g), hi(g)      the band of sizes of the classes holding grade g;  lo, hi: of all classes
 *
 *   oneRunCount[t]         sum_k c(t,k)                           = 1
 *   typeSize[t]            sum_k S(t,k) - sum_g X(t,g)            = 0
 *   classSize[t,k]         k l(t) c(t,k) <= S(t,k) <= k u(t) c(t,k)
 *   gradeTotal[g]          sum_t X(t,g)                           = N(g)
 *   minSubclassSize[t,g]   X(t,g) - ls sum_k k c(t,k)             >= 0       (composites)
 *   teacherLimit           sum_{t,k} k c(t,k)                     <= T
 *   bandFloor[g,t,k]       S(t,k) - k lo(g) - k U c(t,k)          >= -k U    (U: the largest cap)
 *   bandCeiling[g,t,k]     S(t,k) - k hi(g) + k U c(t,k)          <= k U
 *   excluded[e]            sum_t c(t, e(t))                       <= |types| - 1   (structures found before)
 *   gradeRunCover[G]       sum_{t holding some g in G, k} k c(t,k) >= ceil(N(G) / largest cap among them)
 *                          (pruned model only; G: each run of neighbouring grades)
 *   evenness[t,q]          E(t) - sum_k ((2q+1) S(t,k) - k q(q+1) c(t,k)) >= 0   q = l(t) .. u(t)-1
 *   typeLargest[t,k], fullness[t]   S(t,k) <= k h(t), F >= h(t)/u(t)   (only for the largestFullness level)
 *   plan rules             shares, averages, kinds, composites, over-target children ({@link RuleRows})
 * </pre>
 *
 * The band rows hold only when the run is chosen (their bound k U is the natural one, not an arbitrary big M):
 * then the average size S/k, hence every class of the type, lies in [lo(g), hi(g)].
 *
 * <p>Objective, lexicographic, its levels in the {@link Objective}'s order (by default: fewest composites; most
 * classes (use the teachers: smaller classes); the smallest largest class hi; the least sum of squared class sizes
 * sum_t E(t); the smallest sum of within-grade spreads hi(g) - lo(g); least weighted children sum w(g,t) X(t,g),
 * only with a weighting plugin. A plugin's order may also name the overall spread hi - lo and the fullest class F).
 */
public final class StructureModelBuilder {

    private final boolean pruned;

    /**
     * @param pruned whether run counts no plan can use are left out ({@link RunCounts#of}); the reference
     *               formulation has them all, as it always had
     */
    public StructureModelBuilder(boolean pruned) {
        this.pruned = pruned;
    }

    /**
     * The model of the standard objective ({@link Objective#standard}).
     *
     * @param balanced whether to include the size bands and the spread levels (without them the model is smaller
     *                 and decides the first two levels, and whether a plan exists, faster)
     * @param excluded structures found before (classes per type, as {@link StructurePlanReader#structure})
     */
    public StructureModel build(SchoolRequest school, ChildWeights weights, boolean weighted, boolean balanced,
                                List<List<Integer>> excluded) {
        return build(school, weights, Objective.standard(weighted), balanced, excluded);
    }

    /**
     * @param objective the levels, in order, of {@link StructureModel#levels}
     * @param balanced  whether to include the size bands and the levels that need them (without them the model is
     *                  smaller and decides the levels before them, and whether a plan exists, faster)
     * @param excluded  structures found before: classes per kind of class of the school ({@link ClassType#of}), which
     *                  are the model's types unless a share rule split them into tiers
     */
    public StructureModel build(SchoolRequest school, ChildWeights weights, Objective objective, boolean balanced,
                                List<List<Integer>> excluded) {
        return build(school, weights, objective, balanced, excluded, SchoolRules.none());
    }

    /**
     * @param rules the plan rules' limits: their kinds of class ({@link SchoolRules#types}, size tiers for a share)
     *              and rows ({@link RuleRows}), in both the model with bands and the one without
     */
    public StructureModel build(SchoolRequest school, ChildWeights weights, Objective objective, boolean balanced,
                                List<List<Integer>> excluded, SchoolRules rules) {
        MilpModel milp = new MilpModel();
        List<ClassType> types = rules.types(school);
        int largestCap = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0);

        // Runs, children and sizes come first, so their columns are the same in the model with and without bands.
        List<List<StructureModel.Run>> runs = runs(milp, school, types);
        List<Map<String, Integer>> children = children(milp, school, types);
        List<Map<Integer, Integer>> sizes = sizes(milp, types, runs, largestCap);
        oneRunCount(milp, types, runs);
        typeSize(milp, types, children, sizes);
        classSize(milp, types, runs, sizes);
        gradeTotal(milp, school, types, children);
        minSubclassSize(milp, school, types, runs, children);
        teacherLimit(milp, school, runs);
        List<ClassType> plainTypes = ClassType.of(school);
        if (types.size() == plainTypes.size()) {
            excluded(milp, types, runs, excluded);
        } else {
            excludedAcrossTiers(milp, school, types, plainTypes, runs, excluded);
        }
        if (pruned) {
            gradeRunCovers(milp, school, types, runs);
        }
        Map<Integer, Double> overTarget = RuleRows.add(milp, school, rules, types, runs, children, sizes);
        List<StructureModel.Level> levels = new ArrayList<>();
        List<StructureModel.Band> bands = new ArrayList<>();
        Map<Integer, Double> gradeSpreads = Map.of();
        StructureModel.Band all = null;
        Map<Integer, Double> evenness = Map.of();
        Map<Integer, Double> fullness = Map.of();
        if (balanced) {
            // The bands of the grades first: the band of all classes is their hull, whatever the levels' order.
            milp.useRoundingCuts();
            gradeSpreads = gradeSpreads(milp, school, types, runs, sizes, largestCap, bands);
            all = allClasses(milp, types, bands, largestCap);
            if (objective.levels().contains(ObjectiveLevel.EVENNESS)) {
                evenness = evenness(milp, types, runs, sizes);
            }
            if (objective.levels().contains(ObjectiveLevel.LARGEST_FULLNESS)) {
                fullness = largestFullness(milp, types, runs, sizes);
            }
        }
        for (ObjectiveLevel level : objective.levels()) {
            if (level.needsBands() && !balanced) {
                continue;
            }
            Map<Integer, Double> coefficients = switch (level) {
                case COMPOSITES -> classCount(types, runs, true, 1.0);
                case OVER_TARGET -> overTarget;
                case CLASSES -> classCount(types, runs, false, -1.0);
                case LARGEST_CLASS -> Map.of(all.hi(), 1.0);
                case EVENNESS -> evenness;
                case LARGEST_FULLNESS -> fullness;
                case GRADE_SPREAD -> gradeSpreads;
                case OVERALL_SPREAD -> Map.of(all.hi(), 1.0, all.lo(), -1.0);
                case WEIGHTING -> weightedChildren(types, children, weights);
            };
            levels.add(new StructureModel.Level(level.id(), coefficients, level.integral()));
        }
        return new StructureModel(milp, types, runs, children, bands, levels);
    }

    /** Adds each grade's band (lo, hi columns into {@code bands}); returns the sum of their widths. */
    private static Map<Integer, Double> gradeSpreads(MilpModel milp, SchoolRequest school, List<ClassType> types,
                                                     List<List<StructureModel.Run>> runs,
                                                     List<Map<Integer, Integer>> sizes, int largestCap,
                                                     List<StructureModel.Band> bands) {
        Map<Integer, Double> gradeSpreads = new LinkedHashMap<>();
        for (GradeSpec grade : school.grades()) {
            List<Integer> holding = new ArrayList<>();
            for (int t = 0; t < types.size(); t++) {
                if (types.get(t).has(grade.grade())) {
                    holding.add(t);
                }
            }
            if (holding.isEmpty()) {
                continue;
            }
            int gradeCap = holding.stream().mapToInt(t -> types.get(t).limits().max()).max().orElse(largestCap);
            StructureModel.Band band = holding.size() == 1
                    ? straightBand(milp, "grade " + grade.grade(), holding.get(0), grade.children(), runs, gradeCap)
                    : band(milp, "grade " + grade.grade(), holding, runs, sizes, gradeCap);
            bands.add(band);
            gradeSpreads.put(band.hi(), 1.0);
            gradeSpreads.put(band.lo(), -1.0);
        }
        return gradeSpreads;
    }

    /**
     * The sum of squared class sizes, E = sum_t E(t). The k classes of type t share S children evenly, so their
     * squares sum to f_k(S) = k q^2 + (2q+1)(S - kq) with q = floor(S/k): the line through (kq, kq^2) and
     * (k(q+1), k(q+1)^2), convex in S and exact at every whole S. So E(t) is the largest of its tangent rows
     *
     * <pre>
     *   evenness[t,q]   E(t) >= sum_k ((2q+1) S(t,k) - k q(q+1) c(t,k))     for q = l(t) .. max(l(t), u(t)-1)
     * </pre>
     *
     * summed over the run counts k (only the chosen run's S and c are not 0): no approximation and no big M.
     */
    private static Map<Integer, Double> evenness(MilpModel milp, List<ClassType> types,
                                                 List<List<StructureModel.Run>> runs,
                                                 List<Map<Integer, Integer>> sizes) {
        Map<Integer, Double> evenness = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            int mostClasses = runs.get(t).stream().mapToInt(StructureModel.Run::classes).max().orElse(0);
            if (mostClasses == 0) {
                continue;
            }
            int squares = milp.addColumn("squares[" + type.name() + "]", MilpModel.Kind.CONTINUOUS, 0,
                    (double) mostClasses * type.limits().max() * type.limits().max());
            evenness.put(squares, 1.0);
            // q = l(t) when l(t) = u(t): every class then holds exactly u(t), and that one row is exact.
            for (int q = type.limits().min(); q <= Math.max(type.limits().min(), type.limits().max() - 1); q++) {
                Map<Integer, Double> row = new LinkedHashMap<>();
                row.put(squares, 1.0);
                for (StructureModel.Run run : runs.get(t)) {
                    int k = run.classes();
                    if (k > 0) {
                        row.put(sizes.get(t).get(k), -(2.0 * q + 1));
                        row.put(run.column(), (double) k * q * (q + 1));
                    }
                }
                milp.addAtLeast("evenness[" + type.name() + "," + q + "]", row, 0);
            }
        }
        return evenness;
    }

    /**
     * The fullest class against its own cap: each type's largest class h(t) >= S(t,k)/k (whole, so the round-up of
     * the even share), and F >= h(t)/u(t), u(t) the cap of its kind of class (a share's size tiers keep it).
     *
     * <pre>
     *   typeLargest[t,k]   S(t,k) - k h(t) <= 0
     *   fullness[t]        F - h(t)/u(t)  >= 0
     * </pre>
     */
    private static Map<Integer, Double> largestFullness(MilpModel milp, List<ClassType> types,
                                                       List<List<StructureModel.Run>> runs,
                                                       List<Map<Integer, Integer>> sizes) {
        int fullest = milp.addColumn("fullest", MilpModel.Kind.CONTINUOUS, 0, 1.0);
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            int largest = milp.addColumn("largest[" + type.name() + "]", MilpModel.Kind.INTEGER, 0,
                    (double) type.limits().max());
            for (StructureModel.Run run : runs.get(t)) {
                if (run.classes() > 0) {
                    milp.addAtMost("typeLargest[" + type.name() + "," + run.classes() + "]",
                            Map.of(sizes.get(t).get(run.classes()), 1.0, largest, -(double) run.classes()), 0);
                }
            }
            // Against the kind's own cap, not a size tier's: 22 in the K 21-24 tier is 22 of 24.
            int cap = types.stream().filter(other -> other.grades().equals(type.grades()))
                    .mapToInt(other -> other.limits().max()).max().orElseThrow();
            milp.addAtLeast("fullness[" + type.name() + "]", Map.of(fullest, 1.0, largest, -1.0 / cap), 0);
        }
        return Map.of(fullest, 1.0);
    }

    /**
     * The band of all classes: every class holds some grade, so it is the hull of the grades' bands. Its top is the
     * largest class exactly (each grade's top is a whole number at least every class's share of its type); its
     * bottom is the smallest class once the grade spreads are fixed at their optimum.
     */
    private static StructureModel.Band allClasses(MilpModel milp, List<ClassType> types,
                                                      List<StructureModel.Band> bands, int largestCap) {
        int lo = milp.addColumn("smallest[all classes]", MilpModel.Kind.INTEGER, 0, (double) largestCap);
        int hi = milp.addColumn("largest[all classes]", MilpModel.Kind.INTEGER, 0, (double) largestCap);
        for (StructureModel.Band band : List.copyOf(bands)) {
            milp.addAtMost("hullFloor[" + band.of() + "]", Map.of(lo, 1.0, band.lo(), -1.0), 0);
            milp.addAtLeast("hullCeiling[" + band.of() + "]", Map.of(hi, 1.0, band.hi(), -1.0), 0);
        }
        List<Integer> all = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            all.add(t);
        }
        StructureModel.Band band = new StructureModel.Band("all classes", all, lo, hi);
        bands.add(band);
        return band;
    }

    private List<List<StructureModel.Run>> runs(MilpModel milp, SchoolRequest school, List<ClassType> types) {
        List<List<StructureModel.Run>> runs = new ArrayList<>();
        List<List<Integer>> counts = pruned ? RunCounts.of(school, types) : RunCounts.unpruned(school, types);
        for (int t = 0; t < types.size(); t++) {
            List<StructureModel.Run> ofType = new ArrayList<>();
            for (int k : counts.get(t)) {
                int column = milp.addColumn("runs[" + types.get(t).name() + "," + k + "]", MilpModel.Kind.BINARY, 0, 1.0);
                ofType.add(new StructureModel.Run(t, k, column));
            }
            runs.add(ofType);
        }
        return runs;
    }

    private static List<Map<String, Integer>> children(MilpModel milp, SchoolRequest school, List<ClassType> types) {
        List<Map<String, Integer>> children = new ArrayList<>();
        for (ClassType type : types) {
            Map<String, Integer> ofType = new LinkedHashMap<>();
            for (String grade : type.grades()) {
                ofType.put(grade, milp.addColumn("children[" + type.name() + "," + grade + "]",
                        MilpModel.Kind.INTEGER, 0, (double) school.grade(grade).children()));
            }
            children.add(ofType);
        }
        return children;
    }

    /** S(t,k) for k >= 1, by type then k. */
    private static List<Map<Integer, Integer>> sizes(MilpModel milp, List<ClassType> types,
                                                     List<List<StructureModel.Run>> runs, int largestCap) {
        List<Map<Integer, Integer>> sizes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            Map<Integer, Integer> ofType = new LinkedHashMap<>();
            for (StructureModel.Run run : runs.get(t)) {
                if (run.classes() > 0) {
                    ofType.put(run.classes(), milp.addColumn("size[" + types.get(t).name() + "," + run.classes() + "]",
                            MilpModel.Kind.CONTINUOUS, 0, (double) run.classes() * largestCap));
                }
            }
            sizes.add(ofType);
        }
        return sizes;
    }

    private static void oneRunCount(MilpModel milp, List<ClassType> types, List<List<StructureModel.Run>> runs) {
        for (int t = 0; t < types.size(); t++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            runs.get(t).forEach(run -> row.put(run.column(), 1.0));
            milp.addEquality("oneRunCount[" + types.get(t).name() + "]", row, 1);
        }
    }

    private static void typeSize(MilpModel milp, List<ClassType> types, List<Map<String, Integer>> children,
                                 List<Map<Integer, Integer>> sizes) {
        for (int t = 0; t < types.size(); t++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            sizes.get(t).values().forEach(column -> row.put(column, 1.0));
            children.get(t).values().forEach(column -> row.put(column, -1.0));
            milp.addEquality("typeSize[" + types.get(t).name() + "]", row, 0);
        }
    }

    private static void classSize(MilpModel milp, List<ClassType> types, List<List<StructureModel.Run>> runs,
                                  List<Map<Integer, Integer>> sizes) {
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            for (StructureModel.Run run : runs.get(t)) {
                if (run.classes() == 0) {
                    continue;
                }
                int size = sizes.get(t).get(run.classes());
                String key = type.name() + "," + run.classes();
                milp.addAtLeast("minClassSize[" + key + "]",
                        Map.of(size, 1.0, run.column(), -(double) run.classes() * type.limits().min()), 0);
                milp.addAtMost("maxClassSize[" + key + "]",
                        Map.of(size, 1.0, run.column(), -(double) run.classes() * type.limits().max()), 0);
            }
        }
    }

    private static void gradeTotal(MilpModel milp, SchoolRequest school, List<ClassType> types,
                                   List<Map<String, Integer>> children) {
        for (GradeSpec grade : school.grades()) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            for (int t = 0; t < types.size(); t++) {
                Integer column = children.get(t).get(grade.grade());
                if (column != null) {
                    row.put(column, 1.0);
                }
            }
            milp.addEquality("gradeTotal[" + grade.grade() + "]", row, grade.children());
        }
    }

    private static void minSubclassSize(MilpModel milp, SchoolRequest school, List<ClassType> types,
                                        List<List<StructureModel.Run>> runs, List<Map<String, Integer>> children) {
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite()) {
                continue;
            }
            for (Map.Entry<String, Integer> grade : children.get(t).entrySet()) {
                Map<Integer, Double> row = new LinkedHashMap<>();
                row.put(grade.getValue(), 1.0);
                runs.get(t).forEach(run -> row.put(run.column(), -(double) school.minSubclassSize() * run.classes()));
                milp.addAtLeast("minSubclassSize[" + types.get(t).name() + "," + grade.getKey() + "]", row, 0);
            }
        }
    }

    /**
     * For each run of neighbouring grades: the classes holding any of them can take at most their cap each of those
     * grades' children, so there are at least ceil(children / largest cap) of them. Valid for every plan, so the
     * optimum is unchanged; but the bound sees at once what otherwise takes seconds of branching to prove, such as
     * grades 4 and 5 needing six classes of at most 28 for their 144 children.
     */
    private static void gradeRunCovers(MilpModel milp, SchoolRequest school, List<ClassType> types,
                                       List<List<StructureModel.Run>> runs) {
        List<String> grades = school.grades().stream().filter(grade -> grade.children() > 0)
                .map(GradeSpec::grade).toList();
        for (int first = 0; first < grades.size(); first++) {
            for (int last = first; last < grades.size(); last++) {
                List<String> covered = grades.subList(first, last + 1);
                int children = covered.stream().mapToInt(grade -> school.grade(grade).children()).sum();
                Map<Integer, Double> row = new LinkedHashMap<>();
                int cap = 0;
                for (int t = 0; t < types.size(); t++) {
                    ClassType type = types.get(t);
                    if (type.grades().stream().anyMatch(covered::contains)) {
                        cap = Math.max(cap, type.limits().max());
                        runs.get(t).forEach(run -> row.put(run.column(), (double) run.classes()));
                    }
                }
                milp.addAtLeast("gradeRunCover[" + String.join(",", covered) + "]", row,
                        Math.ceil((double) children / cap));
            }
        }
    }

    private static void teacherLimit(MilpModel milp, SchoolRequest school, List<List<StructureModel.Run>> runs) {
        Map<Integer, Double> row = new LinkedHashMap<>();
        runs.forEach(ofType -> ofType.forEach(run -> row.put(run.column(), (double) run.classes())));
        milp.addAtMost("teacherLimit", row, school.teachers());
    }

    /** lo, hi around every class of the given types; returns hi - lo. */
    /**
     * The band of a grade no composite takes: its k classes hold N/k children rounded down or up, so lo and hi are
     * fixed by the run, with no bound to switch off.
     */
    private static StructureModel.Band straightBand(MilpModel milp, String of, int type, int children,
                                                    List<List<StructureModel.Run>> runs, int gradeCap) {
        int lo = milp.addColumn("smallest[" + of + "]", MilpModel.Kind.INTEGER, 0, (double) gradeCap);
        int hi = milp.addColumn("largest[" + of + "]", MilpModel.Kind.INTEGER, 0, (double) gradeCap);
        Map<Integer, Double> smallest = new LinkedHashMap<>();
        Map<Integer, Double> largest = new LinkedHashMap<>();
        smallest.put(lo, -1.0);
        largest.put(hi, -1.0);
        for (StructureModel.Run run : runs.get(type)) {
            if (run.classes() > 0) {
                smallest.put(run.column(), (double) (children / run.classes()));
                largest.put(run.column(), (double) ((children + run.classes() - 1) / run.classes()));
            }
        }
        milp.addEquality("straightFloor[" + of + "]", smallest, 0);
        milp.addEquality("straightCeiling[" + of + "]", largest, 0);
        return new StructureModel.Band(of, List.of(type), lo, hi);
    }

    /** Columns lo, hi around every class of the given types, with their rows. */
    private static StructureModel.Band band(MilpModel milp, String of, List<Integer> holding, List<List<StructureModel.Run>> runs,
                              List<Map<Integer, Integer>> sizes, int largestCap) {
        int lo = milp.addColumn("smallest[" + of + "]", MilpModel.Kind.INTEGER, 0, (double) largestCap);
        int hi = milp.addColumn("largest[" + of + "]", MilpModel.Kind.INTEGER, 0, (double) largestCap);
        milp.addAtLeast("bandOrdered[" + of + "]", Map.of(hi, 1.0, lo, -1.0), 0);
        for (int t : holding) {
            for (StructureModel.Run run : runs.get(t)) {
                int k = run.classes();
                if (k == 0) {
                    continue;
                }
                int size = sizes.get(t).get(k);
                double bound = (double) k * largestCap;
                milp.addAtLeast("bandFloor[" + of + "," + t + "," + k + "]",
                        Map.of(size, 1.0, lo, -(double) k, run.column(), -bound), -bound);
                milp.addAtMost("bandCeiling[" + of + "," + t + "," + k + "]",
                        Map.of(size, 1.0, hi, -(double) k), 0);
            }
        }
        return new StructureModel.Band(of, holding, lo, hi);
    }

    private static void excluded(MilpModel milp, List<ClassType> types, List<List<StructureModel.Run>> runs,
                                 List<List<Integer>> excluded) {
        for (int e = 0; e < excluded.size(); e++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            for (int t = 0; t < types.size(); t++) {
                int found = excluded.get(e).get(t);
                runs.get(t).stream().filter(run -> run.classes() == found).forEach(run -> row.put(run.column(), 1.0));
            }
            milp.addAtMost("excluded[" + (e + 1) + "]", row, types.size() - 1);
        }
    }

    /**
     * Structures found before, as classes per kind of class of the school, when a share rule split kinds into size
     * tiers: some kind's classes, summed over its tiers, must differ from the structure's. With n(K) that sum over
     * the tiers t of K and binaries above(K), below(K):
     *
     * <pre>
     *   n(K) - (e(K)+1) above(K)          >= 0          (above(K) = 1: more classes of K than e had)
     *   n(K) + (T+1) below(K)             <= e(K) + T   (below(K) = 1: fewer; T the teachers, the most n(K) can be)
     *   sum_K above(K) + below(K)         >= 1
     * </pre>
     */
    private static void excludedAcrossTiers(MilpModel milp, SchoolRequest school, List<ClassType> types,
                                            List<ClassType> plainTypes, List<List<StructureModel.Run>> runs,
                                            List<List<Integer>> excluded) {
        for (int e = 0; e < excluded.size(); e++) {
            Map<Integer, Double> differs = new LinkedHashMap<>();
            for (int j = 0; j < plainTypes.size(); j++) {
                int had = excluded.get(e).get(j);
                String kind = plainTypes.get(j).name();
                int above = milp.addColumn("more[" + (e + 1) + "," + kind + "]", MilpModel.Kind.BINARY, 0, 1.0);
                int below = milp.addColumn("fewer[" + (e + 1) + "," + kind + "]", MilpModel.Kind.BINARY, 0, 1.0);
                Map<Integer, Double> classes = new LinkedHashMap<>();
                for (int t = 0; t < types.size(); t++) {
                    if (types.get(t).grades().equals(plainTypes.get(j).grades())) {
                        runs.get(t).forEach(run -> classes.put(run.column(), (double) run.classes()));
                    }
                }
                Map<Integer, Double> more = new LinkedHashMap<>(classes);
                more.put(above, -(had + 1.0));
                milp.addAtLeast("more[" + (e + 1) + "," + kind + "]", more, 0);
                Map<Integer, Double> fewer = new LinkedHashMap<>(classes);
                fewer.put(below, school.teachers() + 1.0);
                milp.addAtMost("fewer[" + (e + 1) + "," + kind + "]", fewer, had + (double) school.teachers());
                differs.put(above, 1.0);
                differs.put(below, 1.0);
            }
            milp.addAtLeast("excluded[" + (e + 1) + "]", differs, 1);
        }
    }

    private static Map<Integer, Double> classCount(List<ClassType> types, List<List<StructureModel.Run>> runs,
                                                   boolean compositesOnly, double coefficient) {
        Map<Integer, Double> count = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            if (!compositesOnly || types.get(t).composite()) {
                runs.get(t).forEach(run -> count.put(run.column(), coefficient * run.classes()));
            }
        }
        return count;
    }

    private static Map<Integer, Double> weightedChildren(List<ClassType> types, List<Map<String, Integer>> children,
                                                         ChildWeights weights) {
        Map<Integer, Double> weighted = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            List<String> classGrades = types.get(t).grades();
            children.get(t).forEach((grade, column) -> weighted.put(column, weights.of(grade, classGrades)));
        }
        return weighted;
    }
}
