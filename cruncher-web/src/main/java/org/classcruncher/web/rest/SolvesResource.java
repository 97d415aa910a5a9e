package org.classcruncher.web.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.solve.boundary.Solves;

/** Solves over HTTP: submit a school, poll its solve until it has finished, or cancel it. */
@Path("solves")
@Produces(MediaType.APPLICATION_JSON)
public class SolvesResource {

    @Inject
    Solves solves;

    @Context
    UriInfo uriInfo;

    /** Queues a solve: 202 Accepted, the solve's address in {@code Location}, its queued state in the body. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(SchoolRequest school) {
        if (school == null) {
            throw new InvalidSchoolException("body", "the request needs a school as JSON");
        }
        SolveResult queued = solves.submit(school);
        URI location = uriInfo.getAbsolutePathBuilder().path(queued.id()).build();
        return Response.accepted(queued).location(location).build();
    }

    @GET
    @Path("{id}")
    public SolveResult find(@PathParam("id") String id) {
        return solves.find(id);
    }

    /**
     * Cancels a solve: 202 Accepted while it stops (within a second; plans found so far are kept), 200 with the
     * result unchanged when it had already finished.
     */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        boolean stopping = solves.cancel(id);
        return Response.status(stopping ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(solves.find(id))
                .build();
    }
}
