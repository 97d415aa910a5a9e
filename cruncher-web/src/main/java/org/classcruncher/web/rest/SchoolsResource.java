package org.classcruncher.web.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.web.security.CurrentCaller;

/** The district's schools: each user sees the ones they plan for; district admins add schools. */
@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<SchoolView> list() {
        return accounts.schools(caller.get());
    }

    /** 201 Created. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SchoolView school) {
        SchoolView created = accounts.createSchool(caller.get(), school);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }
}
