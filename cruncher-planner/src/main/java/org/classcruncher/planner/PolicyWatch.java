package org.classcruncher.planner;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy calls of one solve, watched from outside the thread that makes them: the solve runner asks, many times
 * a second, whether the call now running has spent more than its policy's budget, and if so abandons the solve
 * rather than wait for a plugin that may never return.
 */
public final class PolicyWatch {

    private final Duration budget;
    private final Map<String, PolicyCall> accounts = new ConcurrentHashMap<>();
    private volatile PolicyCall running;
    private volatile long enteredNanos;

    /** @param budget what each policy may spend in all during the solve */
    public PolicyWatch(Duration budget) {
        this.budget = budget;
    }

    /** Every policy gets the default budget. */
    public static PolicyWatch withDefaultBudget() {
        return new PolicyWatch(PolicyCall.BUDGET);
    }

    /** The account of calls into one policy: one per policy for the whole solve, so its budget is for all of them. */
    public PolicyCall policy(String kind, String id) {
        return accounts.computeIfAbsent(kind + "\u0000" + id, key -> new PolicyCall(this, kind, id, budget));
    }

    /** The call running now, if it is past its policy's budget at {@code nowNanos} ({@link System#nanoTime()}). */
    public Optional<PolicyCall> overrun(long nowNanos) {
        PolicyCall call = running;
        long entered = enteredNanos;
        if (call == null || call.spentNanos() + (nowNanos - entered) <= budget.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(call);
    }

    /** The policy call running now, if any. */
    public Optional<PolicyCall> running() {
        return Optional.ofNullable(running);
    }

    void entering(PolicyCall call, long nowNanos) {
        enteredNanos = nowNanos;
        running = call;
    }

    void left() {
        running = null;
    }
}
