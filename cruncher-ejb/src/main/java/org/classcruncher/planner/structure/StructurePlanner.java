package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * Plans a school with the default formulation ({@link StructureModelBuilder}): each plan is the lexicographic
 * optimum (one MILP per level, each level's optimum then fixed as a constraint for the next), and each alternative
 * is the lexicographic optimum among the structures not yet found, so plans come out ranked and never repeat a
 * structure.
 */
public class StructurePlanner {

    private final GlpkSolver solver;
    private final StructureModelBuilder builder = new StructureModelBuilder();

    public StructurePlanner(GlpkSolver solver) {
        this.solver = solver;
    }

    public SearchOutcome plan(SchoolRequest school, ChildWeights weights, boolean weighted, SolveControl control) {
        List<ClassPlan> plans = new ArrayList<>();
        List<List<Integer>> found = new ArrayList<>();
        while (plans.size() < school.options().alternatives()) {
            StructureModel model = builder.build(school, weights, weighted, true, found);
            LexicographicSolve solve = solveLexicographically(school, model, found, control);
            if (solve.solution == null) {
                SearchOutcome.Ending ending = switch (solve.stop) {
                    case INFEASIBLE -> plans.isEmpty() ? SearchOutcome.Ending.INFEASIBLE : SearchOutcome.Ending.COMPLETE;
                    case CANCELLED, FEASIBLE_CANCELLED -> SearchOutcome.Ending.CANCELLED;
                    default -> SearchOutcome.Ending.TIMED_OUT;
                };
                return new SearchOutcome(plans, ending);
            }
            Double gap = solve.optimal || Double.isNaN(solve.gap) ? null : solve.gap;
            plans.add(StructurePlanReader.read(school, model, solve.solution, solve.optimal, gap)
                    .withRank(plans.size() + 1));
            found.add(StructurePlanReader.structure(model, solve.solution));
            if (!solve.optimal) {
                boolean cancelled = solve.stop == MilpSolution.Outcome.FEASIBLE_CANCELLED
                        || solve.stop == MilpSolution.Outcome.CANCELLED;
                return new SearchOutcome(plans, cancelled ? SearchOutcome.Ending.CANCELLED
                        : SearchOutcome.Ending.TIMED_OUT);
            }
        }
        return new SearchOutcome(plans, SearchOutcome.Ending.COMPLETE);
    }

    /** Whether the school has a plan at all. {@code null} when the limits stopped the solve first. */
    public Boolean feasible(SchoolRequest school, SolveControl control) {
        StructureModel model = builder.build(school, ChildWeights.equal(), false, false, List.of());
        MilpModel milp = model.milp().copy();
        // Any objective would do; "most classes" steers GLPK to a first plan fastest (measured on the tight schools).
        milp.minimise(model.levels().get(1).coefficients());
        MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
        if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
            return false;
        }
        return solution.outcome().hasSolution() ? Boolean.TRUE : null;
    }

    /** The fewest classes any plan of the school needs, whatever its teachers; {@code null} if none or unknown. */
    public Integer fewestClasses(SchoolRequest school, SolveControl control) {
        StructureModel model = builder.build(school, ChildWeights.equal(), false, false, List.of());
        MilpModel milp = model.milp().copy();
        Map<Integer, Double> classes = new LinkedHashMap<>();
        model.levels().get(1).coefficients().forEach((column, coefficient) -> classes.put(column, -coefficient));
        milp.minimise(classes);
        MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
        return solution.outcome() == MilpSolution.Outcome.OPTIMAL ? (int) Math.round(solution.objective()) : null;
    }

    /**
     * Solves level after level. The first two levels (composites, classes) are decided on the model without size
     * bands, which is smaller and faster, then fixed in the full model for the rest: the bands do not constrain
     * them.
     */
    private LexicographicSolve solveLexicographically(SchoolRequest school, StructureModel model,
                                                      List<List<Integer>> found, SolveControl control) {
        StructureModel unbalanced = builder.build(school, ChildWeights.equal(), false, false, found);
        MilpModel fixedUnbalanced = unbalanced.milp().copy();
        MilpModel fixed = model.milp().copy();
        LexicographicSolve result = new LexicographicSolve();
        for (int l = 0; l < model.levels().size(); l++) {
            StructureModel.Level level = model.levels().get(l);
            boolean structural = l < 2;
            MilpModel attempt = structural ? fixedUnbalanced.copy() : fixed.copy();
            attempt.minimise(level.coefficients());
            MilpSolution solution = solver.solve(attempt, control.remaining(), control.cancelled());
            result.stop = solution.outcome();
            if (!solution.outcome().hasSolution()) {
                // A later level stopped by the limits still leaves the earlier levels' plan, not proven best.
                result.optimal = false;
                return result;
            }
            result.solution = solution;
            result.gap = solution.gap();
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                result.optimal = false;
                return result;
            }
            double optimum = level.integral() ? Math.round(solution.objective()) : solution.objective();
            fixed.addAtMost("lexicographic[" + level.name() + "]", level.coefficients(), optimum + 1e-6);
            if (structural) {
                fixedUnbalanced.addAtMost("lexicographic[" + level.name() + "]",
                        unbalanced.levels().get(l).coefficients(), optimum + 1e-6);
            }
        }
        result.optimal = true;
        return result;
    }

    /** The outcome of one lexicographic sequence of solves. */
    private static final class LexicographicSolve {
        private MilpSolution solution;
        private MilpSolution.Outcome stop;
        private boolean optimal;
        private double gap = Double.NaN;
    }
}
