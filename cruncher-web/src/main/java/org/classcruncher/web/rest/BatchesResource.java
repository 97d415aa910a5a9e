package org.classcruncher.web.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.boundary.Submissions;
import org.classcruncher.solve.entity.BatchStatus;
import org.classcruncher.web.security.CurrentCaller;

/** A district's list of schools in one request: each school becomes its own solve; the batch sums them up. */
@Path("batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchesResource {

    /** The body of a batch submission: schools, none of them null. */
    public record Batch(List<SchoolRequest> schools) {

        public Batch {
            if (schools != null) {
                for (int i = 0; i < schools.size(); i++) {
                    if (schools.get(i) == null) {
                        throw new InvalidSchoolException("schools[" + i + "]", "schools[" + i + "] must not be null");
                    }
                }
                schools = List.copyOf(schools);
            }
        }
    }

    @Inject
    Solves solves;

    @Inject
    Submissions submissions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    /**
     * Queues every school: 202 Accepted, the batch's address in {@code Location}, its status in the body. The
     * solves are owned by the school named in {@code school}, as for a single solve.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@QueryParam("school") String schoolId, Batch batch) {
        if (batch == null || batch.schools() == null) {
            throw new InvalidSchoolException("schools", "the request needs a list of schools as JSON");
        }
        BatchStatus status = submissions.submitBatch(caller.get(), Parameters.text(schoolId, "school"), batch.schools());
        URI location = uriInfo.getAbsolutePathBuilder().path(status.id()).build();
        return Response.accepted(status).location(location).build();
    }

    @GET
    @Path("{id}")
    public BatchStatus find(@PathParam("id") String id) {
        return solves.batch(caller.get(), Parameters.uuid(id, shown -> new SolveNotFound("batch " + shown)));
    }
}
