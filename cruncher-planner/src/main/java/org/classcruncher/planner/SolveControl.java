package org.classcruncher.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The limits of one solve, shared by the several MILPs it runs: a deadline from the request's time limit, and a
 * cancel flag polled by the solver.
 */
public record SolveControl(Instant deadline, BooleanSupplier cancelled) {

    public static SolveControl startingNow(Duration timeLimit, BooleanSupplier cancelled) {
        return new SolveControl(Instant.now().plus(timeLimit), cancelled);
    }

    /** Zero once the deadline has passed: the solver then starts nothing more, so the limit holds for the solve. */
    public Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean expired() {
        return !Instant.now().isBefore(deadline);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** These limits, but ending no later than {@code end}. */
    public SolveControl until(Instant end) {
        return new SolveControl(end.isBefore(deadline) ? end : deadline, cancelled);
    }

    /** These limits, but ending no later than {@code budget} from now. */
    public SolveControl within(Duration budget) {
        return until(Instant.now().plus(budget));
    }
}
