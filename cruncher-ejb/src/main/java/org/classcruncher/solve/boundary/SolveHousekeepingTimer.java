package org.classcruncher.solve.boundary;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The housekeeping's clock: recovery once, a second after start-up (so deployment never waits on it), then the
 * overdue check and the purge every {@code cruncher.housekeeping.seconds} (60) seconds. Programmatic timers, so the
 * period is a setting; not persistent: a single node runs without the data grid that persistent timers need.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveHousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(SolveHousekeepingTimer.class.getName());

    private static final String RECOVER = "Recover unfinished solves";
    private static final String HOUSEKEEPING = "Solve housekeeping";

    @Resource
    TimerService timers;

    @Inject
    SolveHousekeeping housekeeping;

    @Inject
    @ConfigProperty(name = "cruncher.housekeeping.seconds", defaultValue = "60")
    long periodSeconds;

    private final Instant serverStart = Instant.now();

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1000, new TimerConfig(RECOVER, false));
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig(HOUSEKEEPING, false));
    }

    @Timeout
    void fire(Timer timer) {
        if (RECOVER.equals(timer.getInfo())) {
            step("Recovering unfinished solves", () -> housekeeping.recover(serverStart));
        } else {
            Instant now = Instant.now();
            step("Ending overdue solves", () -> housekeeping.endOverdue(now));
            step("Purging old solves", () -> housekeeping.purge(now));
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
