package org.classcruncher.plugin.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.classcruncher.plugin.control.InstalledPlugin;
import org.classcruncher.plugin.control.PluginProblem;
import org.classcruncher.plugin.control.PluginRegistry;

/** The policy plugins of this server, and the jars that failed to load: what the REST API and the portal list. */
@Stateless
public class Plugins {

    /** What is installed and what failed. */
    public record Listing(List<InstalledPlugin> installed, List<PluginProblem> problems) {
    }

    @Inject
    PluginRegistry registry;

    public Listing list() {
        return new Listing(registry.installed(), registry.problems());
    }

    /** Reloads the plugins if the folder changed, and lists them. */
    public Listing rescan() {
        registry.rescan();
        return list();
    }
}
