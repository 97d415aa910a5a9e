package org.classcruncher.api;

import java.util.List;

/**
 * What a solve produced, or how far it has got.
 *
 * @param id        the solve's id
 * @param school    the school as submitted (defaults filled in)
 * @param status    where the solve is in its life
 * @param plans     the plans found, best first (empty unless SOLVED or TIMED_OUT with a plan)
 * @param diagnosis why no plan exists and what would give one (INFEASIBLE only)
 * @param message   a note for people: why a solve stopped early or failed; else {@code null}
 * @param timings   when it was submitted, started, finished
 * @param plugins   ids of the policy plugins that shaped the plans
 */
public record SolveResult(String id, SchoolRequest school, SolveStatus status, List<ClassPlan> plans,
                          Diagnosis diagnosis, String message, Timings timings, List<String> plugins) {

    public SolveResult {
        plans = plans == null ? List.of() : List.copyOf(plans);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    public static SolveResult queued(String id, SchoolRequest school, Timings timings) {
        return new SolveResult(id, school, SolveStatus.QUEUED, List.of(), null, null, timings, List.of());
    }

    public SolveResult running(Timings newTimings) {
        return new SolveResult(id, school, SolveStatus.RUNNING, plans, diagnosis, message, newTimings, plugins);
    }

    public SolveResult finished(SolveStatus newStatus, List<ClassPlan> newPlans, Diagnosis newDiagnosis,
                                String newMessage, Timings newTimings, List<String> newPlugins) {
        return new SolveResult(id, school, newStatus, newPlans, newDiagnosis, newMessage, newTimings, newPlugins);
    }
}
