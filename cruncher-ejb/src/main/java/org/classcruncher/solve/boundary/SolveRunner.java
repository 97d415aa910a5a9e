package org.classcruncher.solve.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.Planner;
import org.classcruncher.solve.control.PlanningOutcome;
import org.classcruncher.solve.control.Policies;
import org.classcruncher.solve.control.PolicyFailure;
import org.classcruncher.solve.control.SolveSlots;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.milp.GlpkSolver;

/**
 * Runs solves off the request thread, on the container's asynchronous pool, at most as many at once as there are
 * solve slots, and records their results. Not in a transaction: each step of the store commits on its own, so a
 * solve's progress is visible while it runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveRunner {

    private static final Logger LOG = Logger.getLogger(SolveRunner.class.getName());

    @Inject
    SolveStore store;

    @Inject
    SolveSlots slots;

    @Inject
    CancelRequests cancels;

    private final Planner planner = new Planner(new GlpkSolver());

    @Asynchronous
    public void run(String id, SchoolRequest school, Policies policies) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (store.start(id)) {
                solve(id, school, policies);
            }
        } finally {
            cancels.forget(id);
            slots.release();
        }
    }

    private void solve(String id, SchoolRequest school, Policies policies) {
        long start = System.nanoTime();
        try {
            // Polled by GLPK's callback many times a second: an in-memory look-up, not a database query.
            PlanningOutcome outcome = planner.plan(school, policies, () -> cancels.requested(id));
            store.finish(id, outcome, elapsedMillis(start));
        } catch (PolicyFailure e) {
            LOG.log(Level.WARNING, "Solve " + id + " failed in a policy plugin", e);
            store.fail(id, e.getMessage(), elapsedMillis(start));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Solve " + id + " failed", e);
            store.fail(id, "The solver failed: " + e.getMessage(), elapsedMillis(start));
        }
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
