package org.classcruncher.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The limits of one solve, shared by the several MILPs it runs: a deadline from the request's time limit, and a
 * cancel flag polled by the solver.
 */
public record SolveControl(Instant deadline, BooleanSupplier cancelled) {

    /** At least this much time is given to any one MILP, so that a nearly spent budget still proves small ones. */
    private static final Duration SHORTEST_SOLVE = Duration.ofMillis(50);

    public static SolveControl startingNow(Duration timeLimit, BooleanSupplier cancelled) {
        return new SolveControl(Instant.now().plus(timeLimit), cancelled);
    }

    public Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.compareTo(SHORTEST_SOLVE) < 0 ? SHORTEST_SOLVE : left;
    }

    public boolean expired() {
        return !Instant.now().isBefore(deadline);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** These limits, but ending no later than {@code budget} from now. */
    public SolveControl within(Duration budget) {
        Instant end = Instant.now().plus(budget);
        return new SolveControl(end.isBefore(deadline) ? end : deadline, cancelled);
    }
}
