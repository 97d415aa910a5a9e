package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SolveStatus;

/**
 * What the planner concluded for one school.
 *
 * @param status    SOLVED, INFEASIBLE, TIMED_OUT or CANCELLED (with or without a plan)
 * @param plans     the plans, best first
 * @param diagnosis why there is no plan, or {@code null}
 * @param plugins   ids of the policy plugins that shaped the plans
 */
public record PlanningOutcome(SolveStatus status, List<ClassPlan> plans, String diagnosis, List<String> plugins) {

    public PlanningOutcome {
        plans = List.copyOf(plans);
        plugins = List.copyOf(plugins);
    }
}
