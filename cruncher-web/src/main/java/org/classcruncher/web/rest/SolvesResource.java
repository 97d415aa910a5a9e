package org.classcruncher.web.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.classcruncher.api.ReplanRequest;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.boundary.ExportedPlan;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.control.BatchStatus;
import org.classcruncher.solve.control.SolvePage;
import org.classcruncher.solve.control.SolveQuery;
import org.classcruncher.web.security.CurrentCaller;

/** Solves over HTTP: submit a school, poll its solve until it has finished, or cancel it. */
@Path("solves")
@Produces(MediaType.APPLICATION_JSON)
public class SolvesResource {

    private static final List<String> ORDERS = List.of("desc", "asc");

    @Inject
    Solves solves;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    /**
     * Queues a solve: 202 Accepted, the solve's address in {@code Location}, its queued state in the body.
     * {@code school} names the school that owns it (needed when the user belongs to several; a district admin
     * leaving it out submits district work); {@code scenario} names the solve as a scenario.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@QueryParam("school") String schoolId, @QueryParam("scenario") String scenario,
                           SchoolRequest school) {
        if (school == null) {
            throw new InvalidSchoolException("body", "the request needs a school as JSON");
        }
        return accepted(solves.submit(caller.get(), Parameters.text(schoolId, "school"), school,
                Parameters.text(scenario, "scenario")), null);
    }

    /**
     * Plans the school of a stored solve again with changes to the inputs it used ({@code {}}: none), for the same
     * owner: 202 Accepted with the new solve, as for a submission.
     */
    @POST
    @Path("{id}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replan(@PathParam("id") String id, @QueryParam("scenario") String scenario,
                           SchoolChange change) {
        if (change == null) {
            throw new InvalidSchoolException("body", "the request needs the changes as JSON ({} for none)");
        }
        SolveResult queued = solves.replan(caller.get(), solveId(id), change, Parameters.text(scenario, "scenario"));
        return accepted(queued, id);
    }

    /**
     * A staffing sweep: the school of a stored solve planned once per number of teachers from {@code from} to
     * {@code to} (default: two fewer to two more than it had), as a batch: 202 Accepted, {@code Location} the
     * batch, which lists one solve per teacher count.
     */
    @POST
    @Path("{id}/sweep")
    public Response sweep(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Integer fewest = from == null || from.isBlank() ? null
                : Parameters.whole(from, "from", 1, SchoolRequest.MAX_TEACHERS, 1);
        Integer most = to == null || to.isBlank() ? null
                : Parameters.whole(to, "to", 1, SchoolRequest.MAX_TEACHERS, 1);
        BatchStatus batch = solves.sweep(caller.get(), solveId(id), fewest, most);
        URI location = uriInfo.getBaseUriBuilder().path("batches").path(batch.id()).build();
        return Response.accepted(batch).location(location).build();
    }

    /**
     * Re-plans plan {@code rank} of a stored solve with minimal change ({@code {"changes": …, "locked": ["2 A"]}}):
     * the locked classes stay as they are, and of the plans that keep every rule the one that moves the fewest
     * children comes back, as a new solve (202 Accepted, as for a submission) whose message lists what moved.
     */
    @POST
    @Path("{id}/plans/{rank}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replanFromPlan(@PathParam("id") String id, @PathParam("rank") String rank,
                                   @QueryParam("scenario") String scenario, ReplanRequest request) {
        if (request == null) {
            throw new InvalidSchoolException("body", "the request needs the changes and locked classes as JSON "
                    + "({} for none)");
        }
        SolveResult queued = solves.replanFromPlan(caller.get(), solveId(id),
                Parameters.whole(rank, "rank", 1, SolveOptions.MAX_ALTERNATIVES, 1), request.changes(),
                Set.copyOf(request.locked()), Parameters.text(scenario, "scenario"));
        return accepted(queued, id);
    }

    private Response accepted(SolveResult queued, String replanned) {
        URI location = (replanned == null ? uriInfo.getAbsolutePathBuilder()
                : uriInfo.getBaseUriBuilder().path("solves")).path(queued.id()).build();
        return Response.accepted(queued).location(location).build();
    }

    /**
     * A page of solves, newest first: {@code page} (0 to 1,000,000), {@code size} (1–200, default 20), {@code sort}
     * ({@code submittedAt}, {@code school}, {@code status}), {@code order} ({@code desc} or {@code asc}), {@code q}
     * (part of the school's name), {@code status}, {@code from} (submitted at or after, ISO-8601 instant). Each
     * parameter is checked here: a bad one is a 400 naming it and the values it may take.
     */
    @GET
    public SolvePage list(@QueryParam("page") String page,
                          @QueryParam("size") String size,
                          @QueryParam("sort") String sort,
                          @QueryParam("order") String order,
                          @QueryParam("q") String text,
                          @QueryParam("status") String status,
                          @QueryParam("from") String from) {
        SolveQuery query = new SolveQuery(Parameters.whole(page, "page", 0, SolveQuery.LAST_PAGE, 0),
                Parameters.whole(size, "size", 1, SolveQuery.LARGEST_PAGE, 20),
                Parameters.oneOf(sort, "sort", SolveQuery.SORTS, "submittedAt"),
                Parameters.oneOf(order, "order", ORDERS, "desc").equals("desc"),
                Parameters.text(text, "q"),
                Parameters.constant(status, "status", SolveStatus.class),
                Parameters.instant(from, "from"));
        return solves.list(caller.get(), query);
    }

    @GET
    @Path("{id}")
    public SolveResult find(@PathParam("id") String id) {
        return solves.find(caller.get(), solveId(id));
    }

    /**
     * A plan of the solve as a class list in CSV ({@code rank}, default 1: the best plan), as an attachment named
     * after the school.
     */
    @GET
    @Path("{id}/plan.csv")
    @Produces("text/csv")
    public Response exportPlan(@PathParam("id") String id, @QueryParam("rank") String rankParameter) {
        int rank = Parameters.whole(rankParameter, "rank", 1, SolveOptions.MAX_ALTERNATIVES, 1);
        ExportedPlan export = solves.exportPlan(caller.get(), solveId(id), rank);
        String file = export.school().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return Response.ok(PlanCsv.of(export), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "school" : file)
                        + "-plan-" + rank + ".csv\"")
                .build();
    }

    /**
     * Cancels a solve: 202 Accepted while it stops (within a second; plans found so far are kept), 200 with the
     * result unchanged when it had already finished.
     */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        boolean stopping = solves.cancel(caller.get(), solveId(id));
        return Response.status(stopping ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(solves.find(caller.get(), id))
                .build();
    }

    /** A solve id as the server gives them out; any other text is an unknown solve (404). */
    static String solveId(String id) {
        return Parameters.uuid(id, SolveNotFound::new);
    }
}
