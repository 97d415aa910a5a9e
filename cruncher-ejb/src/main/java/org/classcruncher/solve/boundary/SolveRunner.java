package org.classcruncher.solve.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.Diagnoser;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyCall;
import org.classcruncher.planner.PolicyFailure;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.UnknownPolicy;
import org.classcruncher.planner.change.MinimalChangePlanner;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.Claim;
import org.classcruncher.solve.control.PlanningThreads;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the solves this node claimed (see {@link SolveDispatcher}) off the request thread, on the container's
 * asynchronous pool, and records their results. Not in a transaction: each step of the store commits on its own, so a
 * solve's progress is visible while it runs.
 *
 * <p>The planning itself runs on a thread of its own, watched by the thread that holds the slot. Policy plugins are
 * the district's code: when a call into one runs past its budget, or does not stop within a moment of a cancel, the
 * solve ends at once, its slot is freed, and the planning thread is abandoned: interrupted, told to stop at GLPK's
 * next look at the cancel flag, and its result ignored. (A plugin stuck in a loop of its own keeps its thread until
 * it returns; such a plugin is disabled after a few overruns, see PluginRegistry.)
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveRunner {

    private static final Logger LOG = Logger.getLogger(SolveRunner.class.getName());

    /** How often the watch looks at the planning thread. */
    private static final long WATCH_MILLIS = 20;

    /** A cancelled solve stops within milliseconds unless a policy holds it; after this it is abandoned. */
    private static final Duration CANCEL_GRACE = Duration.ofMillis(500);

    @Inject
    SolveStore store;

    @Inject
    SolveDispatcher dispatcher;

    @Inject
    CancelRequests cancels;

    @Inject
    PluginRegistry plugins;

    @Inject
    PlanningThreads planningThreads;

    /** What one policy may spend in all during one solve ({@code cruncher.policies.budgetMillis}). */
    @Inject
    @ConfigProperty(name = "cruncher.policies.budgetMillis", defaultValue = "2000")
    long policyBudgetMillis;

    /**
     * What an infeasible school's diagnosis may spend on its what-ifs in all ({@code cruncher.diagnosis.budgetMillis},
     * default 800), the answer due 100 ms after that from the solve's start (a diagnosis within a second); the
     * combined fixes get what the others leave.
     */
    @Inject
    @ConfigProperty(name = "cruncher.diagnosis.budgetMillis", defaultValue = "800")
    long diagnosisBudgetMillis;

    private Planner planner;

    @PostConstruct
    void createPlanner() {
        planner = new Planner(new GlpkSolver(), Diagnoser.Budget.of(diagnosisBudgetMillis));
    }

    private final MinimalChangePlanner minimalChange = new MinimalChangePlanner(new GlpkSolver());

    /**
     * Runs a job this node has claimed, with the policies its options name or the district's defaults: a
     * minimal-change re-plan when the claim says so (see {@link MinimalChangePlanner}; under the same size policy as
     * a solve), else the school's plans. Its outcome is recorded only while the claim holds; the dispatcher learns
     * when its slot is free.
     */
    @Asynchronous
    public void run(Claim claim) {
        try {
            PolicyWatch watch = new PolicyWatch(Duration.ofMillis(policyBudgetMillis));
            SchoolRequest school = claim.school();
            Policies policies;
            try {
                policies = plugins.policiesFor(school.options());
            } catch (UnknownPolicy gone) {
                retriedOnce("recording its failure", () -> store.fail(claim.id(), claim.number(),
                        "The plugin it names is no longer installed: " + gone.getMessage(), 0));
                return;
            }
            if (claim.replan() != null) {
                Duration limit = Duration.ofSeconds(school.options().timeLimitSeconds());
                solve(claim, watch, stop -> minimalChange.outcome(school, policies, claim.replan().reference(),
                        Set.copyOf(claim.replan().locked()), SolveControl.startingNow(limit, stop), watch));
                return;
            }
            solve(claim, watch, stop -> planner.plan(school, policies, stop, watch));
        } finally {
            cancels.forget(claim.id());
            dispatcher.ended(claim.id());
        }
    }

    private void solve(Claim claim, PolicyWatch watch, Function<BooleanSupplier, PlanningOutcome> planning) {
        String id = claim.id();
        long start = System.nanoTime();
        CompletableFuture<PlanningOutcome> result = new CompletableFuture<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> planner = planningThreads.start(() -> {
            try {
                // Polled by GLPK's callback many times a second: in-memory look-ups, not a database query. An
                // abandoned planning stops at its next look (GLPK, between MILPs); a policy stuck in a loop does not.
                result.complete(planning.apply(() -> abandoned.get() || cancels.requested(id)));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                cancels.forget(id);
            }
        });
        try {
            Optional<PlanningOutcome> outcome = await(claim, result, watch, planner, abandoned, start);
            outcome.ifPresent(finished -> {
                long planningMillis = elapsedMillis(start);
                if (retriedOnce("recording its result", () -> store.finish(id, claim.number(), finished,
                        planningMillis))) {
                    // The result is committed: the service's time on the job, all but the planning, ends here.
                    dispatcher.recorded(Duration.between(claim.submittedAt(), Instant.now())
                            .minusMillis(planningMillis));
                } else {
                    LOG.info(() -> "Solve " + id + " ended meanwhile, or was claimed again after this node's lease ran "
                            + "out: its result here is discarded");
                }
            });
        } catch (PolicyFailure e) {
            LOG.log(Level.WARNING, "Solve " + id + " failed in a policy plugin: " + e.getMessage());
            retriedOnce("recording its failure", () -> store.fail(id, claim.number(), e.getMessage(),
                    elapsedMillis(start)));
        } catch (RuntimeException | Error e) {
            // The solver's own words (GLPK's codes, Java's exceptions) are for the log, not for the school.
            LOG.log(Level.SEVERE, "Solve " + id + " failed", e);
            retriedOnce("recording its failure", () -> store.fail(id, claim.number(), "The solver failed "
                    + "unexpectedly; the server's log has the details under solve " + id + ".", elapsedMillis(start)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned.set(true);
            planner.cancel(true);
        }
    }

    /**
     * Waits for the planning thread; answers its outcome, or nothing when the solve was ended here because a policy
     * overran its budget or did not let a cancel through.
     */
    private Optional<PlanningOutcome> await(Claim claim, CompletableFuture<PlanningOutcome> planning,
                                            PolicyWatch watch, Future<?> planner, AtomicBoolean abandoned,
                                            long start)
            throws InterruptedException {
        String id = claim.id();
        long cancelSeen = 0;
        while (true) {
            try {
                return Optional.of(planning.get(WATCH_MILLIS, TimeUnit.MILLISECONDS));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } catch (TimeoutException stillPlanning) {
                long now = System.nanoTime();
                Optional<PolicyCall> overrun = watch.overrun(now);
                if (overrun.isPresent()) {
                    abandon(id, planner, abandoned, overrun.get(), "ran past its budget");
                    plugins.overran(overrun.get().kind(), overrun.get().id());
                    throw new PolicyFailure(overrun.get().overrunMessage());
                }
                if (cancels.requested(id)) {
                    cancelSeen = cancelSeen == 0 ? now : cancelSeen;
                    if (now - cancelSeen > CANCEL_GRACE.toNanos()) {
                        String holder = watch.running().map(call -> "the " + call.kind() + " policy '" + call.id()
                                + "'").orElse("the solver");
                        abandon(id, planner, abandoned, watch.running().orElse(null), "did not stop when cancelled");
                        retriedOnce("ending it", () -> store.end(id, claim.number(), SolveStatus.CANCELLED,
                                "Cancelled; " + holder
                                + " did not stop within " + CANCEL_GRACE.toMillis() + " ms, so the solve was abandoned.",
                                elapsedMillis(start)));
                        return Optional.empty();
                    }
                }
            }
        }
    }

    private static void abandon(String id, Future<?> planner, AtomicBoolean abandoned, PolicyCall call,
                                String why) {
        LOG.warning(() -> "Abandoning the planning of solve " + id + ": " + (call == null ? "it"
                : "the " + call.kind() + " policy '" + call.id() + "'") + " " + why);
        abandoned.set(true);
        planner.cancel(true);
    }

    /**
     * A change of the job's row, tried a second time if the first fails: a lost connection or a busy row must not
     * leave a solve queued or running for good.
     */
    private <T> T retriedOnce(String what, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException first) {
            Throwable cause = first;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String reason = cause.getMessage();
            LOG.warning(() -> "Solve store: " + what + " failed (" + reason + "); trying once more");
            return change.get();
        }
    }

    private void retriedOnce(String what, Runnable change) {
        retriedOnce(what, () -> {
            change.run();
            return null;
        });
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
