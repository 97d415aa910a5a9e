package org.classcruncher.solve.control;

import java.time.Instant;

import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;

/** A line of the solve list: enough to find a solve and see how it went. */
public record SolveSummary(String id, String school, SolveStatus status, Instant submittedAt, Instant finishedAt,
                           int plans) {

    static SolveSummary of(SolveResult result) {
        return new SolveSummary(result.id(), result.school().name(), result.status(), result.timings().submittedAt(),
                result.timings().finishedAt(), result.plans().size());
    }
}
