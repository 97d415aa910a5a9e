package org.classcruncher.solve.control;

import java.time.Instant;

import org.classcruncher.api.SchoolRequest;

/**
 * A job a node has claimed to run: its number among the job's claims (a finish must carry it, see
 * {@link SolveStore#finish}), the school, and for a minimal-change re-plan what it starts from.
 *
 * @param replan      {@code null} for an ordinary solve
 * @param again       whether the job was running elsewhere and its lease ran out (its node stopped)
 * @param submittedAt when the job was stored: the service's time on it is counted from then
 */
public record Claim(String id, long number, SchoolRequest school, ReplanStart replan, boolean again,
                    Instant submittedAt) {
}
