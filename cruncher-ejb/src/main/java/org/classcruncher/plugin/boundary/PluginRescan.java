package org.classcruncher.plugin.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks at the plugins folder every {@code cruncher.plugins.rescanSeconds} (30) seconds and reloads the plugins
 * when jars were added, replaced or removed. A programmatic timer, so the period is a setting; not persistent: a
 * single node runs without the data grid that persistent timers need. Not in a transaction: the boundary's call is
 * one of its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginRescan {

    private static final Logger LOG = Logger.getLogger(PluginRescan.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Plugins plugins;

    @Inject
    @ConfigProperty(name = "cruncher.plugins.rescanSeconds", defaultValue = "30")
    long periodSeconds;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, periodSeconds) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig("Rescan the policy plugins folder", false));
    }

    @Timeout
    void rescan() {
        try {
            plugins.rescanOnSchedule();
        } catch (RuntimeException e) {
            // Logged and tried again next time: a timer that throws twice is given up by the container.
            LOG.log(Level.WARNING, "Rescanning the plugins folder failed", e);
        }
    }
}
