package org.classcruncher.plugin.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Looks at the plugins folder every 30 seconds and reloads the plugins when jars were added, replaced or removed.
 * Not persistent: a single node runs without the data grid that persistent timers need.
 */
@Singleton
@Startup
public class PluginRescan {

    @Inject
    Plugins plugins;

    @Schedule(hour = "*", minute = "*", second = "*/30", timezone = "UTC", persistent = false,
            info = "Rescan the policy plugins folder")
    void rescan() {
        plugins.rescanOnSchedule();
    }
}
