package org.classcruncher.planner.structure;

import org.classcruncher.planner.milp.MilpSolution;

/**
 * One step of a search for plans: the best structure not found before, or why there is none.
 *
 * @param structure the structure found, or {@code null}
 * @param optimal   whether it is proven the lexicographic optimum
 * @param gap       the relative gap when it is not proven, if GLPK reported one
 * @param stop      how the last MILP ended: INFEASIBLE when no structure is left, a timed-out or cancelled outcome
 *                  when the limits cut the search
 */
public record SearchStep(Structure structure, boolean optimal, Double gap, MilpSolution.Outcome stop) {

    static SearchStep proven(Structure structure) {
        return new SearchStep(structure, true, null, MilpSolution.Outcome.OPTIMAL);
    }

    static SearchStep none() {
        return new SearchStep(null, false, null, MilpSolution.Outcome.INFEASIBLE);
    }

    /** The limits stopped the search: with the best structure found so far, if any. */
    static SearchStep cut(Structure best, MilpSolution solution) {
        return new SearchStep(best, false, Double.isNaN(solution.gap()) ? null : solution.gap(), solution.outcome());
    }
}
