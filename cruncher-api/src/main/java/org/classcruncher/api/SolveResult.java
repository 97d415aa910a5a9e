package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * What a solve produced, or how far it has got.
 *
 * @param id        the solve's id
 * @param school    the school as submitted (defaults filled in)
 * @param status    where the solve is in its life
 * @param plans     the plans found, best first (empty unless SOLVED or TIMED_OUT with a plan), then the plans
 *                  adjusted by hand, in the order they were saved
 * @param diagnosis why no plan exists and what would give one (INFEASIBLE only)
 * @param message   a note for people: why a solve stopped early or failed; else {@code null}
 * @param timings   when it was submitted, started, finished
 * @param plugins   ids of the policy plugins that shaped the plans
 * @param scenario  the name the solve was given as a scenario ("2027 with 21 teachers"), or {@code null}
 * @param node      the server (node) that ran it, or runs it; {@code null} while it waits
 */
public record SolveResult(String id, SchoolRequest school, SolveStatus status, List<ClassPlan> plans,
                          Diagnosis diagnosis, String message, Timings timings, List<String> plugins,
                          String scenario, String node) implements Serializable {

    public SolveResult {
        plans = plans == null ? List.of() : List.copyOf(plans);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    /** Most plans a solve holds: the planner's alternatives and the plans adjusted by hand. */
    public static final int MAX_PLANS = 2 * SolveOptions.MAX_ALTERNATIVES;

    /** Longest scenario name. */
    public static final int MAX_SCENARIO = 200;

    public static SolveResult queued(String id, SchoolRequest school, String scenario, Timings timings) {
        return new SolveResult(id, school, SolveStatus.QUEUED, List.of(), null, null, timings, List.of(), scenario,
                null);
    }

    public SolveResult finished(SolveStatus newStatus, List<ClassPlan> newPlans, Diagnosis newDiagnosis,
                                String newMessage, Timings newTimings, List<String> newPlugins) {
        return new SolveResult(id, school, newStatus, newPlans, newDiagnosis, newMessage, newTimings, newPlugins,
                scenario, node);
    }
}
