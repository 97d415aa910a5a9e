package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.ClassPlan;

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
        CANCELLED
    }

    public SearchOutcome {
        plans = List.copyOf(plans);
    }
}
