package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.SchoolRules;

/**
 * The default formulation as one model ({@link StructureModelBuilder}), solved level after level in the
 * {@link Objective}'s order: each level's optimum is fixed as a row for the next. The levels before the first that
 * needs the size bands (by default composites and classes) are decided on the model without bands, which is smaller
 * and faster, then fixed in the full model for the rest: the bands do not constrain them. Unpruned, it is the
 * reference formulation the benchmark checks the default against; pruned, the default's fallback for schools with
 * too many composite patterns, and the search of an objective whose levels a weighting plugin reordered.
 * The formulation is written out in {@code docs/model.md}.
 */
public final class MonolithicSearch implements StructureSearch {

    private final GlpkSolver solver;
    private final StructureModelBuilder builder;

    public MonolithicSearch(GlpkSolver solver, boolean pruned) {
        this.solver = solver;
        this.builder = new StructureModelBuilder(pruned);
    }

    @Override
    public Alternatives of(SchoolRequest school, ChildWeights weights, boolean weighted) {
        return of(school, weights, Objective.standard(weighted));
    }

    @Override
    public boolean handles(Objective objective) {
        return true;
    }

    @Override
    public Alternatives of(SchoolRequest school, ChildWeights weights, Objective objective) {
        return of(school, weights, objective, SchoolRules.none());
    }

    /** The plans keeping the plan rules' limits, optimal for {@code objective} among those. */
    public Alternatives of(SchoolRequest school, ChildWeights weights, Objective objective, SchoolRules rules) {
        return (found, control) -> next(school, weights, objective, found, control, rules);
    }

    SearchStep next(SchoolRequest school, ChildWeights weights, boolean weighted, List<List<Integer>> found,
                    SolveControl control) {
        return next(school, weights, Objective.standard(weighted), found, control);
    }

    SearchStep next(SchoolRequest school, ChildWeights weights, Objective objective, List<List<Integer>> found,
                    SolveControl control) {
        return next(school, weights, objective, found, control, SchoolRules.none());
    }

    private SearchStep next(SchoolRequest school, ChildWeights weights, Objective objective,
                            List<List<Integer>> found, SolveControl control, SchoolRules rules) {
        int firstBand = objective.firstBandLevel();
        boolean smallWeighted = objective.levels().subList(0, firstBand).contains(ObjectiveLevel.WEIGHTING);
        StructureModel model = builder.build(school, weights, objective, true, found, rules);
        StructureModel unbalanced = builder.build(school, smallWeighted ? weights : ChildWeights.equal(), objective,
                false, found, rules);
        MilpModel fixedUnbalanced = unbalanced.milp().copy();
        MilpModel fixed = model.milp().copy();
        MilpSolution best = null;
        for (int l = 0; l < objective.levels().size(); l++) {
            ObjectiveLevel level = objective.levels().get(l);
            boolean small = l < firstBand;
            MilpModel attempt = small ? fixedUnbalanced.copy() : fixed.copy();
            attempt.minimise((small ? unbalanced : model).level(level).coefficients());
            MilpSolution solution = solver.solve(attempt, control.remaining(), control.cancelled());
            if (!solution.outcome().hasSolution()) {
                if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE && l == 0) {
                    return SearchStep.none();
                }
                // A later level stopped by the limits still leaves the earlier levels' plan, not proven best. The
                // unbalanced model's solution has the same runs and children columns as the full one.
                return SearchStep.cut(best == null ? null : structure(model, best), solution);
            }
            best = solution;
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                return SearchStep.cut(structure(model, best), solution);
            }
            double optimum = level.integral() ? Math.round(solution.objective()) : solution.objective();
            double bound = optimum + (level.integral() ? 1e-6 : 1e-9 * Math.max(1, Math.abs(optimum)));
            fixed.addAtMost("lexicographic[" + level.id() + "]", model.level(level).coefficients(), bound);
            if (small) {
                fixedUnbalanced.addAtMost("lexicographic[" + level.id() + "]",
                        unbalanced.level(level).coefficients(), bound);
            }
        }
        return SearchStep.proven(structure(model, best));
    }

    /**
     * Whether the school has a plan at all: any first plan settles it. {@code null} when the limits stopped it. The
     * objective is "fewest classes": its bound meets the teacher limit at once where teachers are what is short, so
     * the infeasible what-ifs of a diagnosis are proven at the root instead of by seconds of branching.
     */
    public Boolean feasible(SchoolRequest school, SolveControl control) {
        return feasible(school, control, SchoolRules.none());
    }

    /** Whether the school has a plan keeping the rules' limits; {@code null} when the limits stopped it. */
    public Boolean feasible(SchoolRequest school, SolveControl control, SchoolRules rules) {
        StructureModel model = builder.build(school, ChildWeights.equal(), Objective.standard(false), false,
                List.of(), rules);
        MilpModel milp = model.milp().copy();
        milp.maximise(model.level(ObjectiveLevel.CLASSES).coefficients());
        MilpSolution solution = solver.solveForFirst(milp, control.remaining(), control.cancelled());
        if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
            return false;
        }
        return solution.outcome().hasSolution() ? Boolean.TRUE : null;
    }

    /** The fewest classes any plan of the school needs; -1 if it has no plan, {@code null} if the limits stopped it. */
    public Integer fewestClasses(SchoolRequest school, SolveControl control) {
        StructureModel model = builder.build(school, ChildWeights.equal(), false, false, List.of());
        MilpModel milp = model.milp().copy();
        Map<Integer, Double> classes = new LinkedHashMap<>();
        model.level(ObjectiveLevel.CLASSES).coefficients().forEach((column, coefficient) -> classes.put(column, -coefficient));
        milp.minimise(classes);
        MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
        if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
            return -1;
        }
        return solution.outcome() == MilpSolution.Outcome.OPTIMAL ? (int) Math.round(solution.objective()) : null;
    }

    /** The structure a solution of the one-model formulation stands for. */
    static Structure structure(StructureModel model, MilpSolution solution) {
        List<Integer> counts = StructurePlanReader.structure(model, solution);
        List<Map<String, Integer>> children = new ArrayList<>();
        for (int t = 0; t < model.types().size(); t++) {
            Map<String, Integer> placed = new LinkedHashMap<>();
            for (String grade : model.types().get(t).grades()) {
                placed.put(grade, solution.intValue(model.children(t, grade)));
            }
            children.add(placed);
        }
        return new Structure(counts, children);
    }
}
