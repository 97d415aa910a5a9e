package org.classcruncher.planner;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls into a policy plugin on a solve's behalf: an exception, an error such as running out of memory, or more time
 * in all than the policy's budget, fails the solve with a message naming the policy. One per policy and solve, as it
 * adds up the time spent; made by the solve's {@link PolicyWatch}, which sees a call that never returns.
 */
public final class PolicyCall {

    /** What one policy may spend in all during one solve; policies do simple arithmetic, so this is generous. */
    public static final Duration BUDGET = Duration.ofSeconds(2);

    private final PolicyWatch watch;
    private final String kind;
    private final String id;
    private final Duration budget;
    private volatile long spentNanos;

    PolicyCall(PolicyWatch watch, String kind, String id, Duration budget) {
        this.watch = watch;
        this.kind = kind;
        this.id = id;
        this.budget = budget;
    }

    public <T> T call(Supplier<T> work) {
        long start = System.nanoTime();
        watch.entering(this, start);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            throw new PolicyFailure(kind, id, e);
        } catch (OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
            // Errors a plugin's own code causes (a class its jar lacks, a static initialiser that throws, an assert):
            // they fail the solve naming the plugin, like its exceptions. Other errors are the server's.
            throw new PolicyFailure(describe() + " failed: " + e + ".");
        } finally {
            spentNanos += System.nanoTime() - start;
            watch.left();
        }
        if (spentNanos > budget.toNanos()) {
            throw new PolicyFailure(overrunMessage());
        }
        return result;
    }

    /** "weighting", "balancing" or "size". */
    public String kind() {
        return kind;
    }

    /** The policy's id. */
    public String id() {
        return id;
    }

    /** Why the solve failed when this policy ran past its budget. */
    public String overrunMessage() {
        return describe() + " ran past its time budget of " + budget.toMillis() + " ms in this solve.";
    }

    long spentNanos() {
        return spentNanos;
    }

    private String describe() {
        return "The " + kind + " policy '" + id + "'";
    }
}
