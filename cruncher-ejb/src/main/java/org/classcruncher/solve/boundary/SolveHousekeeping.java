package org.classcruncher.solve.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the job store honest; {@link SolveHousekeepingTimer} calls it on one node at a time. It ends solves that ran
 * well past their time limit (the node running one stops it at its next look) and deletes jobs that finished longer
 * ago than the retention period. (Jobs a stop or crash left running are claimed again by the dispatchers: see
 * {@link SolveDispatcher}.) Not in a transaction: every step of the store is its own short one, so one job's trouble
 * never holds up the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveHousekeeping {

    private static final Logger LOG = Logger.getLogger(SolveHousekeeping.class.getName());

    @Inject
    SolveStore store;

    @Inject
    CancelRequests cancels;

    /** Finished jobs are deleted this long after they finished ({@code cruncher.jobs.retention}, ISO-8601). */
    @Inject
    @ConfigProperty(name = "cruncher.jobs.retention", defaultValue = "P30D")
    String retention;

    /** Beyond its time limit, a solve gets this long to wrap up before it is ended. */
    @Inject
    @ConfigProperty(name = "cruncher.solves.overdueGraceSeconds", defaultValue = "60")
    long graceSeconds;

    /** Ends every running solve that is past its time limit and the grace period at {@code now}. */
    public void endOverdue(Instant now) {
        for (String id : store.withStatus(SolveStatus.RUNNING)) {
            store.find(id).ifPresent(result -> {
                // Ended first, then its solver told to stop: the solver's own ending must not take its place.
                if (overdue(result, now) && store.end(id, SolveStatus.TIMED_OUT, "Ended by the server: it ran past "
                        + "its time limit of " + result.school().options().timeLimitSeconds() + " s.",
                        Duration.between(result.timings().startedAt(), now).toMillis())) {
                    cancels.request(id);
                }
            });
        }
    }

    /** Deletes the jobs that finished longer ago than the retention period. */
    public void purge(Instant now) {
        Duration kept = Duration.parse(retention);
        int purged = store.purgeFinishedBefore(now.minus(kept));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " finished solves older than " + kept);
        }
    }

    private boolean overdue(SolveResult result, Instant now) {
        Instant started = result.timings().startedAt();
        return started != null && now.isAfter(started
                .plusSeconds(result.school().options().timeLimitSeconds()).plusSeconds(graceSeconds));
    }
}
