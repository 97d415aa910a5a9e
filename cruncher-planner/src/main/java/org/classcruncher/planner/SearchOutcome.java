package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * What one formulation's search found, before balancing.
 *
 * @param plans  the plans found, in the order found
 * @param ending how the search ended
 */
public record SearchOutcome(List<ClassPlan> plans, Ending ending) {

    /** How a search ended. */
    public enum Ending {
        /** Every plan asked for was found, or no further structurally different one exists. */
        COMPLETE,
        /** Proven: the school has no plan. */
        INFEASIBLE,
        /** The time limit stopped it (there may be plans found before). */
        TIMED_OUT,
        /** A cancel stopped it (there may be plans found before). */
        CANCELLED;

        /** How a search ended that a MILP stopped short of a proof: cancelled, or else timed out. */
        public static Ending stoppedBy(MilpSolution.Outcome outcome) {
            return outcome == MilpSolution.Outcome.CANCELLED || outcome == MilpSolution.Outcome.FEASIBLE_CANCELLED
                    ? CANCELLED : TIMED_OUT;
        }
    }

    public SearchOutcome {
        plans = List.copyOf(plans);
    }
}
