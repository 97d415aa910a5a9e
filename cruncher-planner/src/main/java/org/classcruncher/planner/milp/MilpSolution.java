package org.classcruncher.planner.milp;

import java.time.Duration;

/**
 * What the solver made of a {@link MilpModel}.
 *
 * @param outcome   how the search ended
 * @param values    the value of each column (empty unless a solution was found)
 * @param objective the objective value of that solution
 * @param gap       relative gap to the best bound when the search stopped early, else 0
 * @param unstoppable how long the solver ran before a time limit or a cancel could stop it (loading the model, GLPK's
 *                  presolver and first LP relaxation: {@link GlpkSolver}); the whole solve when nothing could have
 *                  stopped it
 */
public record MilpSolution(Outcome outcome, double[] values, double objective, double gap, Duration unstoppable) {

    /** How a search ended. */
    public enum Outcome {
        /** A solution proven optimal. */
        OPTIMAL,
        /** A solution, the first found, where that was all that was asked for. */
        FEASIBLE,
        /** A solution, but the time limit stopped the proof of optimality. */
        FEASIBLE_TIMED_OUT,
        /** A solution, but a cancel stopped the proof of optimality. */
        FEASIBLE_CANCELLED,
        /** Proven to have no solution. */
        INFEASIBLE,
        /** Stopped by the time limit before any solution was found. */
        TIMED_OUT,
        /** Stopped by a cancel before any solution was found. */
        CANCELLED;

        public boolean hasSolution() {
            return this == OPTIMAL || this == FEASIBLE || this == FEASIBLE_TIMED_OUT || this == FEASIBLE_CANCELLED;
        }
    }

    public static MilpSolution without(Outcome outcome) {
        return without(outcome, Duration.ZERO);
    }

    public static MilpSolution without(Outcome outcome, Duration unstoppable) {
        return new MilpSolution(outcome, new double[0], Double.NaN, Double.NaN, unstoppable);
    }

    /** The value of column {@code column}, rounded to the integer it stands for. */
    public int intValue(int column) {
        return (int) Math.round(values[column]);
    }
}
