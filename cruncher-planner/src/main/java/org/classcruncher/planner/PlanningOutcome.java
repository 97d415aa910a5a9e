package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.SolveStatus;

/**
 * What the planner concluded for one school.
 *
 * @param status       SOLVED, INFEASIBLE, TIMED_OUT or CANCELLED (the last two with or without plans)
 * @param plans        the plans, best first
 * @param diagnosis    why there is no plan and what would give one (INFEASIBLE), else {@code null}
 * @param message      a note on an early stop, else {@code null}
 * @param plugins      ids of the policy plugins that shaped the plans
 * @param searchMillis how long the formulation's search took (alternatives included, diagnosis not)
 */
public record PlanningOutcome(SolveStatus status, List<ClassPlan> plans, Diagnosis diagnosis, String message,
                              List<String> plugins, long searchMillis) {

    public PlanningOutcome {
        plans = List.copyOf(plans);
        plugins = List.copyOf(plugins);
    }
}
