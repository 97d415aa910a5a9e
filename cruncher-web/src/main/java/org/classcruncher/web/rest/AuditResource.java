package org.classcruncher.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.classcruncher.account.boundary.AuditPage;
import org.classcruncher.account.boundary.AuditQuery;
import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.account.boundary.AuditTrail;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.web.security.CurrentCaller;

/**
 * District admins read the audit log, newest first, filtered on the server: {@code actor} (exactly, any case),
 * {@code action} (one of {@link AuditAction}, any case), {@code from} (at or after) and {@code to} (before), ISO-8601
 * instants; {@code page} (0 to 1,000,000), {@code size} (1–500, default 50). The body is the page's entries, as it
 * always was; {@code X-Total-Count} says how many match in all.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** How many entries match the filter, on every page. */
    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @GET
    public Response newest(@QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery query = new AuditQuery(Parameters.text(actor, "actor"),
                Parameters.constant(action, "action", AuditAction.class),
                Parameters.instant(from, "from"), Parameters.instant(to, "to"),
                Parameters.whole(page, "page", 0, AuditQuery.LAST_PAGE, 0),
                Parameters.whole(size, "size", 1, AuditQuery.LARGEST_PAGE, 50));
        AuditPage found = audit.page(caller.get(), query);
        return Response.ok(new GenericEntity<List<AuditRecord>>(found.items()) { })
                .header(TOTAL_COUNT, found.total())
                .build();
    }
}
