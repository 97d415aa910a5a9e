package org.classcruncher.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.plugin.boundary.Plugins;

/** The page listing the policy plugins. */
@Named
@RequestScoped
public class PluginList {

    @Inject
    Plugins plugins;

    private Plugins.Listing listing;

    public Plugins.Listing getListing() {
        if (listing == null) {
            listing = plugins.list();
        }
        return listing;
    }
}
