package org.classcruncher.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * When a solve was submitted, started and finished, and how long the solver itself ran.
 *
 * @param solveMillis milliseconds spent building and solving the model, {@code null} until finished
 */
public record Timings(Instant submittedAt, Instant startedAt, Instant finishedAt,
                      Long solveMillis) implements Serializable {

    public static Timings submitted(Instant at) {
        return new Timings(at, null, null, null);
    }

    public Timings started(Instant at) {
        return new Timings(submittedAt, at, null, null);
    }

    public Timings finished(Instant at, long millis) {
        return new Timings(submittedAt, startedAt, at, millis);
    }
}
