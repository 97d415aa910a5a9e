package org.classcruncher.planner.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;

/**
 * The smallest combined fix with the school's own teachers: the default formulation's structure (how many classes of
 * each type, how many children of each grade in each type; {@code docs/model.md}) with every rule allowed to bend at
 * a cost, and the teacher limit kept.
 *
 * <pre>
 *   runs[t,k] binary, children[t,g] integer, size[t,k] >= 0   as in the default formulation, over the school's
 *                      types and the candidate composites p (each pair of neighbouring grades it does not allow)
 *   raise[g]    in 0..D(g)      grade g's largest class raised by this   (D(g) = min(MOST_RAISE, 100 - u(g)))
 *   lower[g]    in 0..l(g)-1    grade g's smallest class lowered by this
 *   lowerGroup  in 0..ls-1      the smallest group of one grade in a composite lowered by this
 *   bent[r] binary             rule r is bent: raise[g] <= D(g) bent, lower[g] <= (l(g)-1) bent,
 *                              lowerGroup <= (ls-1) bent; allow[p] for a candidate composite
 *
 *   oneRunCount[t]          sum_k runs(t,k)                                  = 1
 *   typeSize[t]             sum_k size(t,k) - sum_g children(t,g)            = 0
 *   sizeOff[t,k]            size(t,k) - k (u(t) + D(t)) runs(t,k)            <= 0
 *   maxClassSize[t,k]       size(t,k) - k u(t) runs(t,k) - k raise[g]        <= 0   (raise only for straight t of g)
 *   minClassSize[t,k]       size(t,k) - k l(t) runs(t,k) + k lower[g]        >= 0   (lower only for straight t of g)
 *   gradeTotal[g]           sum_t children(t,g)                              = N(g)
 *   minSubclassSize[t,g,k]  children(t,g) - k ls runs(t,k) + k lowerGroup    >= 0   (composites)
 *   compositeAllowed[p]     sum_{k>=1} runs(p,k) - allow[p]                  <= 0
 *   teacherLimit            sum_{t,k} k runs(t,k)                            <= T
 *   excluded[e]             sum_{r in e} bent[r]                             <= |e| - 1  (sets of rules found before)
 *
 *   gradeRunCover[G]        classes holding a grade of G + (c0 - c1) sum_{g in G} bent[largest g]  >= c0
 *
 *   level 1: minimise sum_r bent[r]                                     (the fewest rules bent)
 *   level 2: with those rules, minimise sum_g raise[g] + sum_g lower[g] + lowerGroup + sum_p allow[p]
 * </pre>
 *
 * In the size rows an amount is shared out over the type's runs (raise[g,t,k] <= D runs(t,k), their sum raise[g]),
 * so every row is exact on the chosen run and loosens no other; no row has an arbitrary big M.
 * A composite keeps its own size limits (a candidate those of its grades before any bending): raising a grade's cap
 * or lowering its minimum only loosens a composite's default limits, so every plan of this model is a plan of the
 * school the fix describes, which is solved again before the fix is listed.
 */
public final class CombinedFixModel {

    /** The most a grade's largest class is raised by: a fix asks a school to bend a rule, not to drop it. */
    public static final int MOST_RAISE = 5;

    /** A class type of the model: one of the school's, or a candidate composite (with its rule). */
    record Type(ClassType type, Rule allows) {
    }

    /** The column of a bent rule and of its amount ({@code -1}: a composite's amount is its binary). */
    record Bend(Rule rule, int bent, int amount, int before) {
    }

    private final SchoolRequest school;
    private final MilpModel milp = new MilpModel();
    private final List<Type> types = new ArrayList<>();
    private final List<Map<Integer, Integer>> runs = new ArrayList<>();
    private final List<Map<String, Integer>> children = new ArrayList<>();
    private final List<Map<Integer, Integer>> sizes = new ArrayList<>();
    private final Map<Rule, Bend> bends = new LinkedHashMap<>();

    private CombinedFixModel(SchoolRequest school) {
        this.school = school;
    }

    /**
     * @param excluded sets of rules not to bend together again (fixes found before, and rules that alone suffice)
     */
    public static CombinedFixModel build(SchoolRequest school, List<Set<Rule>> excluded) {
        CombinedFixModel model = new CombinedFixModel(school);
        model.types();
        model.bendableRules();
        model.runsChildrenAndSizes();
        model.oneRunCount();
        model.typeSize();
        model.classSize();
        model.gradeTotal();
        model.minSubclassSize();
        model.compositeAllowed();
        model.teacherLimit();
        model.gradeRunCovers();
        model.excluded(excluded);
        model.milp.minimise(model.rulesBent());
        return model;
    }

    public MilpModel milp() {
        return milp;
    }

    Map<Rule, Bend> bends() {
        return bends;
    }

    private void types() {
        ClassType.of(school).forEach(type -> types.add(new Type(type, null)));
        List<GradeSpec> grades = school.grades();
        for (int g = 0; g + 1 < grades.size(); g++) {
            List<String> pair = List.of(grades.get(g).grade(), grades.get(g + 1).grade());
            if (!school.allows(pair) && grades.get(g).children() > 0 && grades.get(g + 1).children() > 0) {
                types.add(new Type(new ClassType(pair, school.limitsOf(new CompositeSpec(pair, null, null))),
                        Rule.composite(String.join("/", pair))));
            }
        }
    }

    private void bendableRules() {
        for (GradeSpec grade : school.grades()) {
            if (grade.children() == 0) {
                continue;
            }
            int most = Math.min(MOST_RAISE, GradeSpec.LARGEST_CLASS_SIZE - grade.maxClassSize());
            if (most > 0) {
                bend(Rule.largestClass(grade.grade()), "raise[" + grade.grade() + "]", most, grade.maxClassSize());
            }
            if (grade.minClassSize() > 1) {
                bend(Rule.smallestClass(grade.grade()), "lower[" + grade.grade() + "]", grade.minClassSize() - 1,
                        grade.minClassSize());
            }
        }
        if (school.minSubclassSize() > 1 && types.stream().anyMatch(type -> type.type().composite())) {
            bend(Rule.smallestGroup(), "lowerGroup", school.minSubclassSize() - 1, school.minSubclassSize());
        }
        for (Type type : types) {
            if (type.allows() != null) {
                int allow = milp.addColumn("allow[" + type.allows().subject() + "]", MilpModel.Kind.BINARY, 0, 1.0);
                bends.put(type.allows(), new Bend(type.allows(), allow, -1, 0));
            }
        }
    }

    private void bend(Rule rule, String name, int most, int before) {
        int amount = milp.addColumn(name, MilpModel.Kind.INTEGER, 0, (double) most);
        int bent = milp.addColumn("bent[" + name + "]", MilpModel.Kind.BINARY, 0, 1.0);
        milp.addAtMost("bends[" + name + "]", Map.of(amount, 1.0, bent, -(double) most), 0);
        bends.put(rule, new Bend(rule, bent, amount, before));
    }

    /** The most grade g's straight classes may be raised by (0 if its cap cannot bend). */
    private int mostRaise(ClassType type) {
        Bend bend = type.composite() ? null : bends.get(Rule.largestClass(type.grades().get(0)));
        return bend == null ? 0 : (int) Math.round(milp.columns().get(bend.amount()).upper());
    }

    private void runsChildrenAndSizes() {
        int widest = types.stream().mapToInt(type -> type.type().limits().max() + mostRaise(type.type())).max()
                .orElse(1);
        for (Type type : types) {
            ClassType t = type.type();
            int outside = school.grades().stream().filter(grade -> !t.has(grade.grade()))
                    .mapToInt(GradeSpec::children).sum();
            // The other grades fill at least ceil(outside / widest) classes of their own.
            int room = school.teachers() - (outside + widest - 1) / widest;
            Map<Integer, Integer> ofType = new LinkedHashMap<>();
            Map<Integer, Integer> sizesOfType = new LinkedHashMap<>();
            for (int k : counts(t, room)) {
                ofType.put(k, milp.addColumn("runs[" + t.name() + "," + k + "]", MilpModel.Kind.BINARY, 0, 1.0));
                if (k > 0) {
                    sizesOfType.put(k, milp.addColumn("size[" + t.name() + "," + k + "]", MilpModel.Kind.CONTINUOUS,
                            0, (double) k * (t.limits().max() + mostRaise(t))));
                }
            }
            runs.add(ofType);
            sizes.add(sizesOfType);
            Map<String, Integer> childrenOfType = new LinkedHashMap<>();
            for (String grade : t.grades()) {
                childrenOfType.put(grade, milp.addColumn("children[" + t.name() + "," + grade + "]",
                        MilpModel.Kind.INTEGER, 0, (double) school.grade(grade).children()));
            }
            children.add(childrenOfType);
        }
    }

    /**
     * The counts a type could run: a composite 0 up to what its children fill at its minimum (groups of one child
     * at the least); a straight grade what it must hold after the composites took the most they could, in classes
     * up to its cap raised the most, and at most what the teachers leave after the other grades.
     */
    private List<Integer> counts(ClassType type, int room) {
        int inType = type.grades().stream().mapToInt(grade -> school.grade(grade).children()).sum();
        List<Integer> counts = new ArrayList<>();
        if (type.composite()) {
            int most = Math.min(room, inType / type.limits().min());
            for (String grade : type.grades()) {
                most = Math.min(most, school.grade(grade).children());
            }
            for (int k = 0; k <= Math.max(0, most); k++) {
                counts.add(k);
            }
            return counts;
        }
        String grade = type.grades().get(0);
        int inComposites = 0;
        for (Type other : types) {
            ClassType composite = other.type();
            if (composite.composite() && composite.has(grade)) {
                int classes = Math.min(school.teachers(), composite.grades().stream()
                        .mapToInt(g -> school.grade(g).children()).sum() / composite.limits().min());
                inComposites += classes * (composite.limits().max() - (composite.grades().size() - 1));
            }
        }
        int fewest = Math.max(0, inType - inComposites);
        int cap = type.limits().max() + mostRaise(type);
        if (fewest == 0) {
            counts.add(0);
        }
        for (int k = Math.max(1, (fewest + cap - 1) / cap); k <= Math.min(room, inType); k++) {
            counts.add(k);
        }
        return counts;
    }

    private void oneRunCount() {
        for (int t = 0; t < types.size(); t++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            runs.get(t).values().forEach(column -> row.put(column, 1.0));
            milp.addEquality("oneRunCount[" + types.get(t).type().name() + "]", row, 1);
        }
    }

    private void typeSize() {
        for (int t = 0; t < types.size(); t++) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            sizes.get(t).values().forEach(column -> row.put(column, 1.0));
            children.get(t).values().forEach(column -> row.put(column, -1.0));
            milp.addEquality("typeSize[" + types.get(t).type().name() + "]", row, 0);
        }
    }

    /**
     * The size rows. A bend's amount is shared out over the type's runs (raise[t,k] <= D runs(t,k), their sum the
     * grade's raise; the same for lower), so that it loosens only the chosen run: the relaxation then cannot lend the
     * whole amount to every fractional run, which made the bound useless.
     */
    private void classSize() {
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t).type();
            Bend raise = type.composite() ? null : bends.get(Rule.largestClass(type.grades().get(0)));
            Bend lower = type.composite() ? null : bends.get(Rule.smallestClass(type.grades().get(0)));
            Map<Integer, Double> raised = new LinkedHashMap<>();
            Map<Integer, Double> lowered = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> size : sizes.get(t).entrySet()) {
                int k = size.getKey();
                int run = runs.get(t).get(k);
                String key = type.name() + "," + k;
                milp.addAtMost("sizeOff[" + key + "]", Map.of(size.getValue(), 1.0, run,
                        -(double) k * (type.limits().max() + mostRaise(type))), 0);
                Map<Integer, Double> max = new LinkedHashMap<>(Map.of(size.getValue(), 1.0, run,
                        -(double) k * type.limits().max()));
                if (raise != null) {
                    max.put(share(raise, key, run, raised), -(double) k);
                }
                milp.addAtMost("maxClassSize[" + key + "]", max, 0);
                Map<Integer, Double> min = new LinkedHashMap<>(Map.of(size.getValue(), 1.0, run,
                        -(double) k * type.limits().min()));
                if (lower != null) {
                    min.put(share(lower, key, run, lowered), (double) k);
                }
                milp.addAtLeast("minClassSize[" + key + "]", min, 0);
            }
            if (raise != null) {
                raised.put(raise.amount(), -1.0);
                milp.addEquality("raiseShared[" + type.name() + "]", raised, 0);
            }
            if (lower != null) {
                lowered.put(lower.amount(), -1.0);
                milp.addEquality("lowerShared[" + type.name() + "]", lowered, 0);
            }
        }
    }

    /** The part of a bend's amount on run (t,k): at most its most, and 0 unless the run is chosen. */
    private int share(Bend bend, String key, int run, Map<Integer, Double> shares) {
        double most = milp.columns().get(bend.amount()).upper();
        String name = milp.columns().get(bend.amount()).name();
        int share = milp.addColumn(name.replace("]", "," + key + "]").replace("lowerGroup", "lowerGroup[" + key + "]"),
                MilpModel.Kind.CONTINUOUS, 0, most);
        milp.addAtMost("shareOff[" + milp.columns().get(share).name() + "]", Map.of(share, 1.0, run, -most), 0);
        shares.put(share, 1.0);
        return share;
    }

    private void gradeTotal() {
        for (GradeSpec grade : school.grades()) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            children.forEach(ofType -> {
                Integer column = ofType.get(grade.grade());
                if (column != null) {
                    row.put(column, 1.0);
                }
            });
            if (!row.isEmpty()) {
                milp.addEquality("gradeTotal[" + grade.grade() + "]", row, grade.children());
            }
        }
    }

    /**
     * children(t,g) >= k (ls - lowerGroup) on the chosen run; the lowering shared out over the runs as in
     * {@link #classSize}, each part at most the school's lowering.
     */
    private void minSubclassSize() {
        Bend lowerGroup = bends.get(Rule.smallestGroup());
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t).type();
            if (!type.composite()) {
                continue;
            }
            for (Map.Entry<Integer, Integer> run : runs.get(t).entrySet()) {
                int k = run.getKey();
                if (k == 0) {
                    continue;
                }
                String key = type.name() + "," + k;
                Integer share = null;
                if (lowerGroup != null) {
                    share = share(lowerGroup, key, run.getValue(), new LinkedHashMap<>());
                    milp.addAtMost("lowerGroupShare[" + key + "]", Map.of(share, 1.0, lowerGroup.amount(), -1.0), 0);
                }
                for (Map.Entry<String, Integer> grade : children.get(t).entrySet()) {
                    Map<Integer, Double> row = new LinkedHashMap<>();
                    row.put(grade.getValue(), 1.0);
                    row.put(run.getValue(), -(double) k * school.minSubclassSize());
                    if (share != null) {
                        row.put(share, (double) k);
                    }
                    milp.addAtLeast("minSubclassSize[" + type.name() + "," + grade.getKey() + "," + k + "]", row, 0);
                }
            }
        }
    }

    private void compositeAllowed() {
        for (int t = 0; t < types.size(); t++) {
            Rule allows = types.get(t).allows();
            if (allows == null) {
                continue;
            }
            Map<Integer, Double> row = new LinkedHashMap<>();
            runs.get(t).forEach((k, column) -> {
                if (k > 0) {
                    row.put(column, 1.0);
                }
            });
            row.put(bends.get(allows).bent(), -1.0);
            milp.addAtMost("compositeAllowed[" + allows.subject() + "]", row, 0);
        }
    }

    private void teacherLimit() {
        Map<Integer, Double> row = new LinkedHashMap<>();
        runs.forEach(ofType -> ofType.forEach((k, column) -> row.put(column, (double) k)));
        milp.addAtMost("teacherLimit", row, school.teachers());
    }

    /**
     * For each run G of neighbouring grades, the classes holding any of them number at least c0 = ceil(N(G) / the
     * largest cap among them), unless a cap of G is raised, and then at least c1 = ceil(N(G) / that cap raised the
     * most): valid for every plan of the model (a candidate composite's cap is at most its grades'), and the bound
     * that tells the relaxation classes come whole.
     */
    private void gradeRunCovers() {
        List<String> grades = school.grades().stream().filter(grade -> grade.children() > 0)
                .map(GradeSpec::grade).toList();
        for (int first = 0; first < grades.size(); first++) {
            for (int last = first; last < grades.size(); last++) {
                List<String> covered = grades.subList(first, last + 1);
                int children = covered.stream().mapToInt(grade -> school.grade(grade).children()).sum();
                Map<Integer, Double> row = new LinkedHashMap<>();
                int cap = 0;
                int raisedCap = 0;
                for (int t = 0; t < types.size(); t++) {
                    ClassType type = types.get(t).type();
                    if (type.grades().stream().anyMatch(covered::contains)) {
                        cap = Math.max(cap, type.limits().max());
                        raisedCap = Math.max(raisedCap, type.limits().max() + mostRaise(type));
                        runs.get(t).forEach((k, column) -> row.put(column, (double) k));
                    }
                }
                int fewest = (children + cap - 1) / cap;
                int fewestRaised = (children + raisedCap - 1) / raisedCap;
                if (fewest > fewestRaised) {
                    for (String grade : covered) {
                        Bend raise = bends.get(Rule.largestClass(grade));
                        if (raise != null) {
                            row.put(raise.bent(), (double) (fewest - fewestRaised));
                        }
                    }
                }
                milp.addAtLeast("gradeRunCover[" + String.join(",", covered) + "]", row, fewest);
            }
        }
    }

    private void excluded(List<Set<Rule>> excluded) {
        for (int e = 0; e < excluded.size(); e++) {
            Set<Rule> rules = excluded.get(e);
            if (!bends.keySet().containsAll(rules)) {
                continue;
            }
            Map<Integer, Double> row = new LinkedHashMap<>();
            rules.forEach(rule -> row.put(bends.get(rule).bent(), 1.0));
            milp.addAtMost("excluded[" + (e + 1) + "]", row, rules.size() - 1);
        }
    }

    /** The first level: the number of rules bent (a composite allowed counts one). */
    public Map<Integer, Double> rulesBent() {
        Map<Integer, Double> count = new LinkedHashMap<>();
        bends.values().forEach(bend -> count.put(bend.bent(), 1.0));
        return count;
    }

    /** The second level: the total amount, children of cap raised or of minimum lowered, and composites allowed. */
    public Map<Integer, Double> amounts() {
        Map<Integer, Double> amount = new LinkedHashMap<>();
        bends.values().forEach(bend -> amount.put(bend.amount() < 0 ? bend.bent() : bend.amount(), 1.0));
        return amount;
    }
}
