package org.classcruncher.solve.control;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls into a policy plugin on a solve's behalf: an exception, or more time in all than the policy's budget, fails
 * the solve with a message naming the policy. One per policy and solve, as it adds up the time spent.
 */
public final class PolicyCall {

    /** What one policy may spend in all during one solve; policies do simple arithmetic, so this is generous. */
    public static final Duration BUDGET = Duration.ofSeconds(2);

    private final String kind;
    private final String id;
    private final Duration budget;
    private long spentNanos;

    public PolicyCall(String kind, String id) {
        this(kind, id, BUDGET);
    }

    PolicyCall(String kind, String id, Duration budget) {
        this.kind = kind;
        this.id = id;
        this.budget = budget;
    }

    public <T> T call(Supplier<T> work) {
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            throw new PolicyFailure(kind, id, e);
        } finally {
            spentNanos += System.nanoTime() - start;
        }
        if (spentNanos > budget.toNanos()) {
            throw new PolicyFailure("The " + kind + " policy '" + id + "' ran past its time budget of "
                    + budget.toMillis() + " ms in this solve.");
        }
        return result;
    }
}
