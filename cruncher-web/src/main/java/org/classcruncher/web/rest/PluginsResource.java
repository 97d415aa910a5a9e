package org.classcruncher.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.classcruncher.plugin.boundary.Plugins;
import org.classcruncher.web.security.CurrentCaller;

/** The policy plugins: id, kind, version, description and source jar of each, and the jars that failed to load. */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    @Inject
    Plugins plugins;

    @Inject
    CurrentCaller caller;

    @GET
    public Plugins.Listing list() {
        return plugins.list();
    }

    /** District admins: looks at the plugins folder now instead of at the next periodic rescan, and lists what is installed. */
    @POST
    @Path("rescan")
    public Plugins.Listing rescan() {
        return plugins.rescan(caller.get());
    }
}
