package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.spi.PlanLimit;

/**
 * The best plan under plan rules with no composite class, when there is one not found before: the first level
 * (fewest composites) is then 0, and every grade is taught in straight classes only, so each grade's choice is one
 * of its {@link StraightOption}s, whose classes, sizes, squares, spread and children above target are known before
 * solving. The MILP picks one option per grade:
 *
 * <pre>
 *   o(g,i) binary        grade g is taught as its option i
 *   oneOption[g]         sum_i o(g,i) = 1
 *   teacherLimit         sum k(g,i) o(g,i) <= T
 *   share[r]             sum_{g in G} sum_i (above(g,i) - f k(g,i)) o(g,i) <= 0       (at most a share f above s)
 *   average[r]           sum_{g in G} sum_i (N(g) - a k(g,i)) o(g,i) <= 0              (average at most a)
 *   largest[g]           L - sum_i largest(g,i) o(g,i) >= 0
 *   excluded[e]          sum_g sum_{i: k(g,i) = e(g)} o(g,i) <= grades - 1            (straight structures found)
 * </pre>
 *
 * An option whose classes cannot hold the grade's children with a support plan under the rules is not offered; a
 * cap is already in the school ({@link SchoolRules#capped}); a grade in straight classes only is in one kind of
 * class and no class is a composite, so those limits always hold. The levels, one MILP each, every optimum then
 * fixed: children above target, most classes, the smallest largest class L, the least sum of squares, the smallest
 * sum of grade spreads; a weighting's level is the same for every such plan (each grade's children all in its own
 * straight classes). A few dozen binaries, where the one model with the rules' rows has hundreds of columns and
 * weak bounds.
 */
final class StraightOnlySearch {

    /** The levels this search decides; an objective with others (a plugin's order) is not for it. */
    private static final Set<ObjectiveLevel> KNOWN = Set.of(ObjectiveLevel.COMPOSITES, ObjectiveLevel.OVER_TARGET,
            ObjectiveLevel.CLASSES, ObjectiveLevel.LARGEST_CLASS, ObjectiveLevel.EVENNESS,
            ObjectiveLevel.GRADE_SPREAD, ObjectiveLevel.WEIGHTING);

    private final GlpkSolver solver;

    StraightOnlySearch(GlpkSolver solver) {
        this.solver = solver;
    }

    /** Whether this search decides {@code objective}: led by fewest composites, with levels it knows. */
    static boolean handles(Objective objective) {
        return objective.levels().get(0) == ObjectiveLevel.COMPOSITES && KNOWN.containsAll(objective.levels());
    }

    /**
     * The best straight-only structure not found before, proven; {@link SearchStep#none()} when there is none left;
     * a cut step when the limits stopped it.
     *
     * @param found structures found before, as classes per kind of class of the school ({@link ClassType#of})
     */
    SearchStep next(SchoolRequest school, Objective objective, SchoolRules rules, List<List<Integer>> found,
                    SolveControl control) {
        Model model = Model.of(school, rules, found);
        if (model == null) {
            return SearchStep.none();
        }
        MilpModel milp = model.milp();
        Map<String, List<StraightOption>> options = model.options();
        Map<String, List<Integer>> columns = model.columns();
        List<ClassType> types = model.types();
        int largest = model.largest();
        MilpSolution solution = null;
        for (ObjectiveLevel level : objective.levels()) {
            Map<Integer, Double> row = switch (level) {
                case OVER_TARGET -> sum(options, columns, (grade, option) -> (double) option.overTarget(types));
                case CLASSES -> sum(options, columns, (grade, option) -> -(double) option.totalClasses());
                case LARGEST_CLASS -> Map.of(largest, 1.0);
                case EVENNESS -> sum(options, columns, (grade, option) -> (double) option.squares());
                case GRADE_SPREAD -> sum(options, columns,
                        (grade, option) -> (double) (option.largest() - option.smallest()));
                default -> null;
            };
            if (row == null) {
                continue;
            }
            MilpModel attempt = milp.copy();
            attempt.minimise(row);
            solution = solver.solve(attempt, control.remaining(), control.cancelled());
            if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                return SearchStep.none();
            }
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                return SearchStep.cut(null, solution);
            }
            milp.addAtMost("lexicographic[" + level.id() + "]", row, Math.round(solution.objective()) + 1e-6);
        }
        if (solution == null) {
            // Fewest composites alone: any straight plan is best; feasibility decides.
            solution = solver.solveForFirst(milp, control.remaining(), control.cancelled());
            if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                return SearchStep.none();
            }
            if (!solution.outcome().hasSolution()) {
                return SearchStep.cut(null, solution);
            }
        }
        return SearchStep.proven(structure(types, options, columns, solution));
    }

    /**
     * Whether the school has a plan with no composite keeping the rules: {@code false} says only that it has none
     * without composites; {@code null} when the limits stopped the search.
     */
    Boolean hasPlan(SchoolRequest school, SchoolRules rules, SolveControl control) {
        Model model = Model.of(school, rules, List.of());
        if (model == null) {
            return false;
        }
        MilpSolution solution = solver.solveForFirst(model.milp(), control.remaining(), control.cancelled());
        if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
            return false;
        }
        return solution.outcome().hasSolution() ? Boolean.TRUE : null;
    }

    /** The options' MILP without an objective; {@code null} when some grade has no option at all. */
    private record Model(MilpModel milp, List<ClassType> types, Map<String, List<StraightOption>> options,
                         Map<String, List<Integer>> columns, int largest) {

        static Model of(SchoolRequest school, SchoolRules rules, List<List<Integer>> found) {
            List<ClassType> types = rules.types(school);
            MilpModel milp = new MilpModel();
            Map<String, List<StraightOption>> options = new LinkedHashMap<>();
            Map<String, List<Integer>> columns = new LinkedHashMap<>();
            for (GradeSpec grade : school.grades()) {
                if (grade.children() == 0) {
                    continue;
                }
                List<StraightOption> offered = StraightOption.of(grade, types, school.teachers()).stream()
                        .filter(option -> holdsSupported(option, grade, rules, types)).toList();
                if (offered.isEmpty()) {
                    return null;
                }
                options.put(grade.grade(), offered);
                List<Integer> ofGrade = new ArrayList<>();
                Map<Integer, Double> one = new LinkedHashMap<>();
                for (int i = 0; i < offered.size(); i++) {
                    int column = milp.addColumn("option[" + grade.grade() + "," + i + "]", MilpModel.Kind.BINARY, 0,
                            1.0);
                    ofGrade.add(column);
                    one.put(column, 1.0);
                }
                columns.put(grade.grade(), ofGrade);
                milp.addEquality("oneOption[" + grade.grade() + "]", one, 1);
            }
            milp.addAtMost("teacherLimit", sum(options, columns, (grade, option) -> (double) option.totalClasses()),
                    school.teachers());
            for (PlanLimit.ShareAbove share : rules.all(PlanLimit.ShareAbove.class)) {
                milp.addAtMost("share", sum(options, columns, (grade, option) -> SchoolRules.covers(share,
                        List.of(grade)) ? option.classesAbove(share.size(), types)
                        - share.share() * option.totalClasses() : 0.0), 0);
            }
            for (PlanLimit.AverageAtMost average : rules.all(PlanLimit.AverageAtMost.class)) {
                milp.addAtMost("average", sum(options, columns, (grade, option) -> SchoolRules.covers(average,
                        List.of(grade)) ? school.grade(grade).children() - average.average() * option.totalClasses()
                        : 0.0), 0);
            }
            excluded(milp, school, options, columns, found);
            int largestCap = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0);
            int largest = milp.addColumn("largest", MilpModel.Kind.INTEGER, 0, (double) largestCap);
            options.forEach((grade, offered) -> {
                Map<Integer, Double> row = new LinkedHashMap<>();
                row.put(largest, 1.0);
                for (int i = 0; i < offered.size(); i++) {
                    row.put(columns.get(grade).get(i), -(double) offered.get(i).largest());
                }
                milp.addAtLeast("largest[" + grade + "]", row, 0);
            });
            return new Model(milp, types, options, columns, largest);
        }
    }

    private static boolean holdsSupported(StraightOption option, GradeSpec grade, SchoolRules rules,
                                          List<ClassType> types) {
        if (grade.supported() == 0) {
            return true;
        }
        List<String> kind = List.of(grade.grade());
        int cap = option.tiers().stream().mapToInt(t -> types.get(t).limits().max()).max().orElse(0);
        return option.supportedRoom(size -> rules.supportedHeld(kind, size, cap)) >= grade.supported();
    }

    /** Each straight structure found before cut off: some grade's classes differ from it. */
    private static void excluded(MilpModel milp, SchoolRequest school, Map<String, List<StraightOption>> options,
                                 Map<String, List<Integer>> columns, List<List<Integer>> found) {
        List<ClassType> plainTypes = ClassType.of(school);
        for (List<Integer> structure : found) {
            Map<Integer, Double> row = new LinkedHashMap<>();
            boolean straight = true;
            for (int j = 0; j < plainTypes.size(); j++) {
                ClassType kind = plainTypes.get(j);
                if (kind.composite()) {
                    straight &= structure.get(j) == 0;
                    continue;
                }
                String grade = kind.grades().get(0);
                List<StraightOption> offered = options.get(grade);
                for (int i = 0; i < offered.size(); i++) {
                    if (offered.get(i).totalClasses() == structure.get(j)) {
                        row.put(columns.get(grade).get(i), 1.0);
                    }
                }
            }
            if (straight) {
                milp.addAtMost("excluded", row, options.size() - 1);
            }
        }
    }

    private interface OptionValue {
        double of(String grade, StraightOption option);
    }

    private static Map<Integer, Double> sum(Map<String, List<StraightOption>> options,
                                            Map<String, List<Integer>> columns, OptionValue value) {
        Map<Integer, Double> row = new LinkedHashMap<>();
        options.forEach((grade, offered) -> {
            for (int i = 0; i < offered.size(); i++) {
                double coefficient = value.of(grade, offered.get(i));
                if (coefficient != 0) {
                    row.put(columns.get(grade).get(i), coefficient);
                }
            }
        });
        return row;
    }

    /** The chosen options as classes and children per type of the model (composites none). */
    private static Structure structure(List<ClassType> types, Map<String, List<StraightOption>> options,
                                       Map<String, List<Integer>> columns, MilpSolution solution) {
        List<Integer> classes = new ArrayList<>();
        List<Map<String, Integer>> children = new ArrayList<>();
        for (ClassType type : types) {
            classes.add(0);
            Map<String, Integer> none = new LinkedHashMap<>();
            type.grades().forEach(grade -> none.put(grade, 0));
            children.add(none);
        }
        options.forEach((grade, offered) -> {
            for (int i = 0; i < offered.size(); i++) {
                if (solution.intValue(columns.get(grade).get(i)) == 1) {
                    StraightOption chosen = offered.get(i);
                    for (int j = 0; j < chosen.tiers().size(); j++) {
                        classes.set(chosen.tiers().get(j), chosen.classes().get(j));
                        children.get(chosen.tiers().get(j)).put(grade, chosen.children().get(j));
                    }
                }
            }
        });
        return new Structure(classes, children);
    }
}
