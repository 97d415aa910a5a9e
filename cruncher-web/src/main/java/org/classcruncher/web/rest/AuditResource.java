package org.classcruncher.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.account.boundary.AuditTrail;
import org.classcruncher.web.security.CurrentCaller;

/** District admins read the audit log, newest first: {@code page} (from 0), {@code size} (1–500, default 50). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @GET
    public List<AuditRecord> newest(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return audit.newest(caller.get(), page, size);
    }
}
