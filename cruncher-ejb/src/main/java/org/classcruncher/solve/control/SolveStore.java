package org.classcruncher.solve.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Timings;

/**
 * Keeps every solve's latest result, in memory. Results are immutable records; each update replaces one whole.
 */
@ApplicationScoped
public class SolveStore {

    private final Map<String, SolveResult> results = new ConcurrentHashMap<>();
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

    public SolveResult markRunning(String id) {
        return results.computeIfPresent(id, (key, result) -> result.running(result.timings().started(clock.instant())));
    }

    public SolveResult finish(String id, PlanningOutcome outcome, long solveMillis) {
        return results.computeIfPresent(id, (key, result) -> result.finished(outcome.status(), outcome.plans(),
                outcome.diagnosis(), result.timings().finished(clock.instant(), solveMillis), outcome.plugins()));
    }

    public SolveResult fail(String id, String reason, long solveMillis) {
        return results.computeIfPresent(id, (key, result) -> result.finished(SolveStatus.FAILED,
                List.of(), reason, result.timings().finished(clock.instant(), solveMillis), result.plugins()));
    }
}
