package org.classcruncher.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.account.boundary.AuditTrail;
import org.classcruncher.web.security.CurrentCaller;

/**
 * District admins read the audit log, newest first: {@code page} (0 to 1,000,000), {@code size} (1–500, default 50).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @GET
    public List<AuditRecord> newest(@QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.newest(caller.get(), Parameters.whole(page, "page", 0, AuditTrail.LAST_PAGE, 0),
                Parameters.whole(size, "size", 1, AuditTrail.LARGEST_PAGE, 50));
    }
}
