package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.SchoolRules;

/**
 * The one model with plan rules, split by composite pattern: the same optimum as {@link MonolithicSearch} with the
 * same rows, level for level, in a fraction of the time, since each pattern's model has its composites fixed.
 *
 * <p>First, while a structure with no composite is left, the best of them by {@link StraightOnlySearch} (each grade
 * one of its straight options; a few dozen binaries). Then the first level, fewest composites V among the structures
 * not found, is one MILP on the model without bands.
 * Every plan with V composites has one of the patterns of V composite classes ({@link CompositePattern}, over the
 * rules' size tiers): each pattern gets the full model with its composite runs fixed (and the grades its composites
 * leave out bound to their straight options, {@link StraightOptions}), and the levels after
 * composites are decided across the patterns together, level by level: each survivor's optimum of the level, the
 * best of them fixed as a row in every survivor, those that cannot reach it dropped. The last survivor's plan is the
 * lexicographic optimum. With more than {@value #MOST_PATTERNS} patterns, or an objective whose first level is not
 * composites, the one model is searched whole.
 */
final class RuledPatternSearch {

    static final int MOST_PATTERNS = 300;

    private final GlpkSolver solver;
    private final MonolithicSearch whole;
    private final StraightOnlySearch straightOnly;
    private final StructureModelBuilder builder = new StructureModelBuilder(true);

    RuledPatternSearch(GlpkSolver solver, MonolithicSearch whole) {
        this.solver = solver;
        this.whole = whole;
        this.straightOnly = new StraightOnlySearch(solver);
    }

    StructureSearch.Alternatives of(SchoolRequest school, ChildWeights weights, Objective objective,
                                    SchoolRules rules) {
        if (objective.levels().get(0) != ObjectiveLevel.COMPOSITES) {
            return whole.of(school, weights, objective, rules);
        }
        StructureSearch.Alternatives wholeSearch = whole.of(school, weights, objective, rules);
        // The fewest composites of the structures left never falls: once no straight-only one is left, none is.
        boolean[] straightLeft = {StraightOnlySearch.handles(objective)};
        return (found, control) -> {
            if (straightLeft[0]) {
                SearchStep straight = straightOnly.next(school, objective, rules, found, control);
                if (straight.structure() != null || straight.stop() != MilpSolution.Outcome.INFEASIBLE) {
                    return straight;
                }
                straightLeft[0] = false;
            }
            SearchStep step = next(school, weights, objective, rules, found, control);
            return step != null ? step : wholeSearch.next(found, control);
        };
    }

    /** The next plan, or {@code null} to hand over to the whole model. */
    private SearchStep next(SchoolRequest school, ChildWeights weights, Objective objective, SchoolRules rules,
                            List<List<Integer>> found, SolveControl control) {
        List<ClassType> types = rules.types(school);
        StructureModel unbalanced = builder.build(school, ChildWeights.equal(), objective, false, found, rules);
        MilpModel fewest = unbalanced.milp().copy();
        fewest.minimise(unbalanced.level(ObjectiveLevel.COMPOSITES).coefficients());
        MilpSolution composites = solver.solve(fewest, control.remaining(), control.cancelled());
        if (composites.outcome() == MilpSolution.Outcome.INFEASIBLE) {
            return SearchStep.none();
        }
        if (composites.outcome() != MilpSolution.Outcome.OPTIMAL) {
            return SearchStep.cut(null, composites);
        }
        int v = (int) Math.round(composites.objective());
        List<CompositePattern> patterns = CompositePattern.withComposites(school, types, RunCounts.of(school, types),
                v, MOST_PATTERNS);
        if (patterns == null) {
            return null;
        }
        StructureModel model = builder.build(school, weights, objective, true, found, rules);
        List<MilpModel> survivors = new ArrayList<>();
        for (CompositePattern pattern : patterns) {
            MilpModel fixed = withPattern(model, types, pattern);
            if (fixed != null) {
                StraightOptions.add(fixed, model, school, types, pattern);
                survivors.add(fixed);
            }
        }
        MilpSolution best = null;
        for (int l = 1; l < objective.levels().size(); l++) {
            ObjectiveLevel level = objective.levels().get(l);
            Map<Integer, Double> row = model.level(level).coefficients();
            List<MilpModel> reached = new ArrayList<>();
            List<MilpSolution> solutions = new ArrayList<>();
            for (MilpModel survivor : survivors) {
                if (control.isCancelled() || control.expired()) {
                    return SearchStep.cut(best == null ? null : MonolithicSearch.structure(model, best),
                            MilpSolution.without(control.isCancelled() ? MilpSolution.Outcome.CANCELLED
                                    : MilpSolution.Outcome.TIMED_OUT));
                }
                MilpModel attempt = survivor.copy();
                attempt.minimise(row);
                MilpSolution solution = solver.solve(attempt, control.remaining(), control.cancelled());
                if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                    continue;
                }
                if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                    return SearchStep.cut(best == null ? null : MonolithicSearch.structure(model, best), solution);
                }
                reached.add(survivor);
                solutions.add(solution);
            }
            if (reached.isEmpty()) {
                // The composites' optimum said a plan with V composites exists; a pattern list that misses it is
                // the whole model's to settle.
                return null;
            }
            double optimum = solutions.stream().mapToDouble(MilpSolution::objective).min().orElseThrow();
            optimum = level.integral() ? Math.round(optimum) : optimum;
            double bound = optimum + (level.integral() ? 1e-6 : 1e-9 * Math.max(1, Math.abs(optimum)));
            survivors = new ArrayList<>();
            best = null;
            for (int s = 0; s < reached.size(); s++) {
                if (solutions.get(s).objective() <= bound) {
                    reached.get(s).addAtMost("lexicographic[" + level.id() + "]", row, bound);
                    survivors.add(reached.get(s));
                    if (best == null) {
                        best = solutions.get(s);
                    }
                }
            }
        }
        return best == null ? null : SearchStep.proven(MonolithicSearch.structure(model, best));
    }

    /** The model with each composite type's runs fixed to the pattern's count; {@code null} if it has no such run. */
    private static MilpModel withPattern(StructureModel model, List<ClassType> types, CompositePattern pattern) {
        MilpModel fixed = model.milp().copy();
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite()) {
                continue;
            }
            Integer run = model.run(t, pattern.classes(t));
            if (run == null) {
                return null;
            }
            fixed.addEquality("pattern[" + t + "]", Map.of(run, 1.0), 1);
        }
        return fixed;
    }
}
