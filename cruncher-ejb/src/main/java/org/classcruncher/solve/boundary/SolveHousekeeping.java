package org.classcruncher.solve.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the job store honest. At start-up it runs again every job a crash or stop left queued or running (solves
 * are repeatable), so none is silently lost. Every minute it ends solves that ran well past their time limit (their
 * solver is told to stop) and deletes finished jobs older than the retention period.
 * Timers are not persistent: a single node runs without the data grid that persistent timers need.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveHousekeeping {

    private static final Logger LOG = Logger.getLogger(SolveHousekeeping.class.getName());

    /** Beyond its time limit, a solve gets this long to wrap up before it is ended. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    @Inject
    SolveStore store;

    @Inject
    Solves solves;

    @Inject
    CancelRequests cancels;

    @Inject
    @ConfigProperty(name = "cruncher.jobs.retentionDays", defaultValue = "30")
    int retentionDays;

    @PostConstruct
    void recover() {
        for (String id : store.withStatus(SolveStatus.RUNNING)) {
            store.requeue(id);
        }
        var interrupted = store.withStatus(SolveStatus.QUEUED);
        interrupted.forEach(solves::resume);
        if (!interrupted.isEmpty()) {
            LOG.info(() -> interrupted.size() + " solves left unfinished by the last run are queued again");
        }
    }

    @Schedule(hour = "*", minute = "*", timezone = "UTC", persistent = false, info = "Solve housekeeping")
    void everyMinute() {
        endOverdue(Instant.now());
        int purged = store.purgeFinishedBefore(Instant.now().minus(Duration.ofDays(retentionDays)));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " finished solves older than " + retentionDays + " days");
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

    private static boolean overdue(SolveResult result, Instant now) {
        Instant started = result.timings().startedAt();
        return started != null && now.isAfter(started
                .plusSeconds(result.school().options().timeLimitSeconds()).plus(GRACE));
    }
}
