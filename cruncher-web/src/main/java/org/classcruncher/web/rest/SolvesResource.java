package org.classcruncher.web.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.PlanAdjustment;
import org.classcruncher.api.ReplanRequest;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.boundary.AdjustmentCheck;
import org.classcruncher.solve.boundary.ExportedPlan;
import org.classcruncher.solve.boundary.PlanEdits;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.boundary.Submissions;
import org.classcruncher.solve.entity.BatchStatus;
import org.classcruncher.solve.entity.SolvePage;
import org.classcruncher.solve.entity.SolveQuery;
import org.classcruncher.web.export.AllPlansCsv;
import org.classcruncher.web.export.ClassShellsCsv;
import org.classcruncher.web.export.ExportRoom;
import org.classcruncher.web.export.PlanCsv;
import org.classcruncher.web.export.SolvePdf;
import org.classcruncher.web.security.CurrentCaller;

/** Solves over HTTP: submit a school, poll its solve until it has finished, or cancel it. */
@Path("solves")
@Produces(MediaType.APPLICATION_JSON)
public class SolvesResource {

    private static final List<String> ORDERS = List.of("desc", "asc");

    @Inject
    Solves solves;

    @Inject
    Submissions submissions;

    @Inject
    PlanEdits planEdits;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportRoom exportRoom;

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
        return accepted(submissions.submit(caller.get(), Parameters.text(schoolId, "school"), school,
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
        SolveResult queued = submissions.replan(caller.get(), solveId(id), change, Parameters.text(scenario, "scenario"));
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
        BatchStatus batch = submissions.sweep(caller.get(), solveId(id), fewest, most);
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
        SolveResult queued = submissions.replanFromPlan(caller.get(), solveId(id),
                Parameters.whole(rank, "rank", 1, SolveResult.MAX_PLANS, 1), request.changes(),
                Set.copyOf(request.locked()), Parameters.text(scenario, "scenario"));
        return accepted(queued, id);
    }

    /**
     * Saves a plan adjusted by hand ({@code {"from": 1, "classes": [{"label": "2 B", "subclasses": [{"grade": "2",
     * "children": 24}]}, …]}}) as the solve's next plan: 201 Created with the solve, {@code Location} the new
     * plan; 422 with each broken rule listed when it breaks the school's rules, and nothing saved.
     */
    @POST
    @Path("{id}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjustPlan(@PathParam("id") String id, PlanAdjustment adjustment) {
        if (adjustment == null) {
            throw new InvalidSchoolException("body", "the request needs the adjusted plan as JSON");
        }
        SolveResult adjusted = planEdits.adjustPlan(caller.get(), solveId(id), adjustment);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(adjusted.plans().size())).build();
        return Response.created(location).entity(adjusted).build();
    }

    /**
     * Checks a plan adjusted by hand against the school's rules without saving it: 200 with the classes as they
     * would be saved, their figures, and each broken rule (none: the plan can be saved).
     */
    @POST
    @Path("{id}/plans/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdjustmentCheck checkPlan(@PathParam("id") String id, PlanAdjustment adjustment) {
        if (adjustment == null) {
            throw new InvalidSchoolException("body", "the request needs the adjusted plan as JSON");
        }
        return planEdits.checkAdjustment(caller.get(), solveId(id), adjustment.classes());
    }

    /** One plan of a solve, by rank (the planner's plans first, then those adjusted by hand). */
    @GET
    @Path("{id}/plans/{rank}")
    public ClassPlan plan(@PathParam("id") String id, @PathParam("rank") String rank) {
        int wanted = Parameters.whole(rank, "rank", 1, SolveResult.MAX_PLANS, 1);
        return solves.plan(caller.get(), solveId(id), wanted);
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
        int rank = Parameters.whole(rankParameter, "rank", 1, SolveResult.MAX_PLANS, 1);
        String solveId = solveId(id);
        return rendered(() -> {
            ExportedPlan export = solves.exportPlan(caller.get(), solveId, rank);
            return Response.ok(PlanCsv.of(export), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(export.school()) + "-plan-"
                            + rank + ".csv\"")
                    .build();
        });
    }

    /** A plan of the solve as a PDF ({@code rank}, default 1): the school, what was entered, the date, the plan. */
    @GET
    @Path("{id}/plan.pdf")
    @Produces("application/pdf")
    public Response exportPlanPdf(@PathParam("id") String id, @QueryParam("rank") String rankParameter) {
        int rank = Parameters.whole(rankParameter, "rank", 1, SolveResult.MAX_PLANS, 1);
        String solveId = solveId(id);
        return rendered(() -> {
            SolveResult solve = solves.exportSolve(caller.get(), solveId, rank, "PDF");
            return attachment(SolvePdf.plan(solve, planOf(solve, rank), ZonedDateTime.now(ZoneOffset.UTC)),
                    "application/pdf", solve, "plan-" + rank + ".pdf");
        });
    }

    /** Every plan of the solve compared grade by grade, as a PDF. */
    @GET
    @Path("{id}/comparison.pdf")
    @Produces("application/pdf")
    public Response exportComparisonPdf(@PathParam("id") String id) {
        String solveId = solveId(id);
        return rendered(() -> {
            SolveResult solve = solves.exportSolve(caller.get(), solveId, null, "a compared PDF");
            return attachment(SolvePdf.comparison(solve, ZonedDateTime.now(ZoneOffset.UTC)), "application/pdf", solve,
                    "plans-compared.pdf");
        });
    }

    /** Every plan of the solve in one CSV, the school and what was entered as its header. */
    @GET
    @Path("{id}/plans.csv")
    @Produces("text/csv")
    public Response exportAllPlans(@PathParam("id") String id) {
        String solveId = solveId(id);
        return rendered(() -> {
            SolveResult solve = solves.exportSolve(caller.get(), solveId, null, "CSV");
            return attachment(AllPlansCsv.of(solve), "text/csv; charset=UTF-8", solve, "plans.csv");
        });
    }

    /**
     * A plan's classes ({@code rank}, default 1) as class shells in OneRoster 1.1 {@code classes.csv} form, for a
     * student information system's class import: {@code schoolSourcedId} is the owning school's id (or
     * {@code school}), {@code termSourcedIds} the coming school year, e.g. "2027-2028" (or {@code term}).
     */
    @GET
    @Path("{id}/classes.csv")
    @Produces("text/csv")
    public Response exportClassShells(@PathParam("id") String id, @QueryParam("rank") String rankParameter,
                                      @QueryParam("school") String schoolParameter,
                                      @QueryParam("term") String termParameter) {
        int rank = Parameters.whole(rankParameter, "rank", 1, SolveResult.MAX_PLANS, 1);
        String solveId = solveId(id);
        String school = Parameters.text(schoolParameter, "school");
        String term = Parameters.text(termParameter, "term");
        return rendered(() -> {
            SolveResult solve = solves.exportSolve(caller.get(), solveId, rank, "class shells");
            String owner = solves.owner(caller.get(), solveId);
            return attachment(ClassShellsCsv.of(planOf(solve, rank),
                            school != null ? school : owner != null ? owner : solve.school().name(),
                            term != null ? term : comingSchoolYear(LocalDate.now(ZoneOffset.UTC))),
                    "text/csv; charset=UTF-8", solve, "classes.csv");
        });
    }

    /** The school year a plan made today is for: one starting next August ("2027-2028" from August 2026 on). */
    static String comingSchoolYear(LocalDate today) {
        int start = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
        return start + "-" + (start + 1);
    }

    /** The plan of this rank of a solve the boundary has just checked has it. */
    private static ClassPlan planOf(SolveResult solve, int rank) {
        return solve.plans().stream().filter(plan -> plan.rank() == rank).findFirst().orElseThrow();
    }

    /**
     * An export read (which the audit log records), checked and rendered in the {@link ExportRoom}, or 429 at once
     * when it is full: an export refused for want of room is neither rendered nor recorded.
     */
    private Response rendered(java.util.function.Supplier<Response> export) {
        return exportRoom.render(export).orElseGet(() -> Response.fromResponse(Problem.response(
                Response.Status.TOO_MANY_REQUESTS, "busy", "Too many exports at once",
                "The server is rendering as many exports as it may at once; try again in a second.", null))
                .header("Retry-After", "1").build());
    }

    private static Response attachment(Object body, String type, SolveResult solve, String suffix) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(solve.school().name()) + "-"
                        + suffix + "\"")
                .build();
    }

    private static String fileName(String school) {
        String file = school.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return file.isEmpty() ? "school" : file;
    }

    /**
     * Cancels a solve: 202 Accepted while it stops (within a second; plans found so far are kept), 200 with the
     * result unchanged when it had already finished.
     */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        boolean stopping = submissions.cancel(caller.get(), solveId(id));
        return Response.status(stopping ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(solves.find(caller.get(), id))
                .build();
    }

    /** A solve id as the server gives them out; any other text is an unknown solve (404). */
    static String solveId(String id) {
        return Parameters.uuid(id, SolveNotFound::new);
    }
}
