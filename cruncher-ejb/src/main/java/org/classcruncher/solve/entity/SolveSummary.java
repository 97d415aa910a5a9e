package org.classcruncher.solve.entity;

import java.io.Serializable;
import java.time.Instant;

import org.classcruncher.api.SolveStatus;

/**
 * A line of the solve list: enough to find a solve and see how it went.
 *
 * @param schoolId    the school that owns the solve ({@code null}: district work)
 * @param submittedBy the user who submitted it
 * @param scenario    the solve's name as a scenario, or {@code null}
 */
public record SolveSummary(String id, String school, SolveStatus status, Instant submittedAt, Instant finishedAt,
                           int plans, String schoolId, String submittedBy, String scenario) implements Serializable {
}
