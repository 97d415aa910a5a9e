package org.classcruncher.solve.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Timings;

/**
 * Keeps every solve's latest result, in memory, and the cancels asked for. Results are immutable records; each
 * update replaces one whole, atomically per solve.
 */
@ApplicationScoped
public class SolveStore {

    private final Map<String, SolveResult> results = new ConcurrentHashMap<>();
    private final Set<String> cancelRequests = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();

    public SolveResult create(SchoolRequest school) {
        String id = UUID.randomUUID().toString();
        SolveResult queued = SolveResult.queued(id, school, Timings.submitted(clock.instant()));
        results.put(id, queued);
        return queued;
    }

    public Optional<SolveResult> find(String id) {
        return Optional.ofNullable(results.get(id));
    }

    /** Marks the solve running, unless it was cancelled while queued; answers whether it should run. */
    public boolean start(String id) {
        if (cancelRequests.contains(id)) {
            results.computeIfPresent(id, (key, result) -> result.finished(SolveStatus.CANCELLED, List.of(), null,
                    "Cancelled before it started.", result.timings().started(clock.instant())
                            .finished(clock.instant(), 0), List.of()));
            cancelRequests.remove(id);
            return false;
        }
        results.computeIfPresent(id, (key, result) -> result.running(result.timings().started(clock.instant())));
        return true;
    }

    public void finish(String id, PlanningOutcome outcome, long solveMillis) {
        cancelRequests.remove(id);
        results.computeIfPresent(id, (key, result) -> result.finished(outcome.status(), outcome.plans(),
                outcome.diagnosis(), outcome.message(), result.timings().finished(clock.instant(), solveMillis),
                outcome.plugins()));
    }

    public void fail(String id, String reason, long solveMillis) {
        cancelRequests.remove(id);
        results.computeIfPresent(id, (key, result) -> result.finished(SolveStatus.FAILED, List.of(), null, reason,
                result.timings().finished(clock.instant(), solveMillis), result.plugins()));
    }

    /** Asks an unfinished solve to stop; answers whether it was still unfinished. */
    public boolean requestCancel(String id) {
        SolveResult result = results.get(id);
        if (result == null || result.status().finished()) {
            return false;
        }
        cancelRequests.add(id);
        return true;
    }

    public boolean cancelRequested(String id) {
        return cancelRequests.contains(id);
    }
}
