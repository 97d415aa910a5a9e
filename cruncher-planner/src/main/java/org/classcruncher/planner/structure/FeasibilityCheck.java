package org.classcruncher.planner.structure;

import java.time.Duration;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * Whether a school has any plan, as the diagnosis asks of each what-if. Schools near the edge of feasibility are
 * where the one model is slow: it proves most schools infeasible at once but can search seconds for a first plan.
 * So: a straight-only structure settles it without a MILP; then the one model gets a short try; then the composite
 * patterns are tried one by one (a first plan of one small model suffices) up to {@value #MOST_PATTERNS}; then the
 * one model gets what time is left.
 */
public final class FeasibilityCheck {

    static final int MOST_PATTERNS = 2_000;
    private static final Duration SHORT_TRY = Duration.ofMillis(40);

    private final GlpkSolver solver;
    private final MonolithicSearch oneModel;

    public FeasibilityCheck(GlpkSolver solver) {
        this.solver = solver;
        this.oneModel = new MonolithicSearch(solver, true);
    }

    /** {@code true} or {@code false} when settled, {@code null} when the limits stopped it first. */
    public Boolean feasible(SchoolRequest school, SolveControl control) {
        List<ClassType> types = ClassType.of(school);
        CompositePattern straightOnly = CompositePattern.straightOnly(types);
        if (PatternSearch.hasUnfoundStraightStructure(school, types, straightOnly, List.of())) {
            return true;
        }
        Boolean quick = oneModel.feasible(school, control.within(SHORT_TRY));
        if (quick != null || control.isCancelled()) {
            return quick;
        }
        Boolean byPatterns = byPatterns(school, types, control);
        if (byPatterns != null || control.isCancelled() || control.expired()) {
            return byPatterns;
        }
        return oneModel.feasible(school, control);
    }

    /** A first plan of some composite pattern; {@code false} when every pattern was tried, else {@code null}. */
    private Boolean byPatterns(SchoolRequest school, List<ClassType> types, SolveControl control) {
        List<List<Integer>> runCounts = RunCounts.of(school, types);
        int mostComposites = RunCounts.mostComposites(types, runCounts);
        int tried = 0;
        for (int v = 1; v <= Math.min(mostComposites, school.teachers()); v++) {
            List<CompositePattern> patterns = CompositePattern.withComposites(school, types, runCounts, v,
                    MOST_PATTERNS - tried);
            if (patterns == null) {
                return null;
            }
            for (CompositePattern pattern : patterns) {
                if (control.isCancelled() || control.expired()) {
                    return null;
                }
                tried++;
                List<List<Integer>> straightCounts = pattern.straightCounts(school, types);
                if (straightCounts == null) {
                    continue;
                }
                PatternModel model = PatternModel.unbalanced(school, types, pattern, straightCounts, List.of());
                MilpSolution solution = solver.solveForFirst(model.milp(), control.remaining(), control.cancelled());
                if (solution.outcome().hasSolution()) {
                    return true;
                }
                if (solution.outcome() != MilpSolution.Outcome.INFEASIBLE) {
                    return null;
                }
            }
        }
        return false;
    }
}
