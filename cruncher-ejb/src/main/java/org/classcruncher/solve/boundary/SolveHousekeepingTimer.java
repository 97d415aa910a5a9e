package org.classcruncher.solve.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.solve.control.ClusterNodes;
import org.classcruncher.solve.control.NodeIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The housekeeping's clock: the overdue check and the purge every {@code cruncher.housekeeping.seconds} (60) seconds,
 * on the one node that holds the housekeeping lock (CLUSTER_LOCK, taken over by another node when its holder has not
 * renewed it for two periods). Programmatic timers, so the period is a setting; not persistent: every node has its
 * own, and the lock picks the one that works.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveHousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(SolveHousekeepingTimer.class.getName());

    private static final String HOUSEKEEPING = "Solve housekeeping";

    @Resource
    TimerService timers;

    @Inject
    SolveHousekeeping housekeeping;

    @Inject
    ClusterNodes cluster;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "cruncher.housekeeping.seconds", defaultValue = "60")
    long periodSeconds;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig(HOUSEKEEPING, false));
    }

    @Timeout
    void fire(Timer timer) {
        Instant now = Instant.now();
        boolean mine;
        try {
            mine = cluster.hold("housekeeping", node.id(), now, now.plusSeconds(2 * Math.max(1, periodSeconds)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take the housekeeping lock; tried again at the next run", e);
            return;
        }
        if (mine) {
            step("Ending overdue solves", () -> housekeeping.endOverdue(now));
            step("Purging old solves", () -> housekeeping.purge(now));
            step("Forgetting nodes gone for a day", () -> cluster.forgetUnseenSince(now.minus(Duration.ofDays(1))));
        }
    }

    /** One step, logged and tried again next time if it fails: a timer that throws twice is given up. */
    private static void step(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; tried again at the next run", e);
        }
    }
}
