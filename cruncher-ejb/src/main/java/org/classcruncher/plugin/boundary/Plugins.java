package org.classcruncher.plugin.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.api.InstalledPlugin;
import org.classcruncher.api.PluginProblem;
import org.classcruncher.api.DistrictDefaults;
import org.classcruncher.plugin.control.PluginRegistry;

/** The policy plugins of this server, and the jars that failed to load: what the REST API and the portal list. */
@Stateless
public class Plugins {

    /** What is installed, what failed, and the district's defaults in force. */
    public record Listing(List<InstalledPlugin> installed, List<PluginProblem> problems, DistrictDefaults defaults) {
    }


    @Inject
    PluginRegistry registry;

    @Inject
    AuditLog audit;

    public Listing list() {
        return new Listing(registry.installed(), registry.problems(), registry.districtDefaults());
    }

    /** A district admin asks to reload the plugins now if the folder changed; lists them. */
    public Listing rescan(Caller caller) {
        caller.requireDistrictAdmin("rescan the plugins folder");
        rescanAs(caller.username());
        return list();
    }

    /** The periodic rescan (see {@link PluginRescan}). */
    public void rescanOnSchedule() {
        rescanAs(AuditLog.SERVER);
    }

    private void rescanAs(String actor) {
        if (registry.rescan()) {
            audit.record(actor, AuditAction.PLUGINS_CHANGED, "plugins folder",
                    "installed: " + registry.installed().stream().map(plugin -> plugin.id() + " " + plugin.version())
                            .toList() + "; problems: " + registry.problems().size());
        }
    }
}
