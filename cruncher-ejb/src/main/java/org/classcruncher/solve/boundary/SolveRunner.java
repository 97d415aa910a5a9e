package org.classcruncher.solve.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.solve.control.Planner;
import org.classcruncher.solve.control.PlanningOutcome;
import org.classcruncher.solve.control.Policies;
import org.classcruncher.solve.control.PolicyFailure;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.milp.GlpkSolver;

/** Runs solves off the request thread, on the container's asynchronous pool, and records their results. */
@Stateless
public class SolveRunner {

    private static final Logger LOG = Logger.getLogger(SolveRunner.class.getName());

    @Inject
    SolveStore store;

    private final Planner planner = new Planner(new GlpkSolver());

    @Asynchronous
    public void run(String id, SchoolRequest school, Policies policies) {
        if (!store.start(id)) {
            return;
        }
        long start = System.nanoTime();
        try {
            PlanningOutcome outcome = planner.plan(school, policies, () -> store.cancelRequested(id));
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
