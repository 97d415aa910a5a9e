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
 * Keeps the job store honest; {@link SolveHousekeepingTimer} calls it. After a restart it runs again every job the
 * crash or stop left queued or running (solves are repeatable), except one that was running at two crashes in a row:
 * that job is failed, so a school or plugin that takes the server down cannot do it at every start. It ends solves
 * that ran well past their time limit and deletes jobs that finished longer ago than the retention period. Not in a
 * transaction: every step of the store is its own short one, so one job's trouble never holds up the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveHousekeeping {

    private static final Logger LOG = Logger.getLogger(SolveHousekeeping.class.getName());

    /** A job running at this many starts of the server is not run again. */
    static final int MOST_ATTEMPTS = 2;

    @Inject
    SolveStore store;

    @Inject
    Solves solves;

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

    /**
     * Runs again, or fails, the jobs a stop or crash left unfinished (submitted before this server started at
     * {@code serverStart}); each in its own transactions.
     */
    public void recover(Instant serverStart) {
        int resumed = 0;
        for (String id : store.withStatusSubmittedBefore(SolveStatus.RUNNING, serverStart)) {
            try {
                if (store.attempts(id) >= MOST_ATTEMPTS) {
                    store.fail(id, "The server stopped " + MOST_ATTEMPTS + " times while this solve was running; "
                            + "it is not run again. A policy plugin it uses, or the school itself, may be what stops "
                            + "the server.", 0);
                    LOG.warning(() -> "Solve " + id + " was running at " + MOST_ATTEMPTS + " server stops in a row: "
                            + "failed, not run again");
                } else {
                    store.requeue(id);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not recover solve " + id + "; it is tried again at the next start", e);
            }
        }
        for (String id : store.withStatusSubmittedBefore(SolveStatus.QUEUED, serverStart)) {
            try {
                solves.resume(id);
                resumed++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not queue solve " + id + " again", e);
            }
        }
        if (resumed > 0) {
            int count = resumed;
            LOG.info(() -> count + " solves left unfinished by the last run are queued again");
        }
    }

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
