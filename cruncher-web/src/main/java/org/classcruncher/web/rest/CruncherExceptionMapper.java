package org.classcruncher.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.AlreadyExists;
import org.classcruncher.account.boundary.NotPermitted;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.boundary.PlanBreaksRules;
import org.classcruncher.solve.boundary.QueueFull;
import org.classcruncher.solve.boundary.QuotaExceeded;
import org.classcruncher.solve.boundary.SolveNotFound;

/** The business exceptions of the boundaries, each as its problem. */
@Provider
public class CruncherExceptionMapper implements ExceptionMapper<CruncherException> {

    @Override
    public Response toResponse(CruncherException exception) {
        if (exception instanceof SolveNotFound) {
            return Problem.response(Response.Status.NOT_FOUND, "solve-not-found", "Solve not found",
                    exception.getMessage(), null);
        }
        if (exception instanceof QueueFull) {
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "queue-full",
                    "Too many solves waiting", exception.getMessage(), null)).header("Retry-After", "60").build();
        }
        if (exception instanceof QuotaExceeded quota) {
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "quota-exceeded",
                    "Too many unfinished solves", exception.getMessage(), null, quota.limit()))
                    .header("Retry-After", "60").build();
        }
        if (exception instanceof PlanBreaksRules broken) {
            return Problem.brokenRules(exception.getMessage(), broken.broken());
        }
        if (exception instanceof InvalidRequest invalid) {
            return Problem.invalidField(invalid.field(), invalid.getMessage());
        }
        if (exception instanceof NotPermitted) {
            return Problem.response(Response.Status.FORBIDDEN, "not-permitted", "Not permitted",
                    exception.getMessage(), null);
        }
        if (exception instanceof AccountNotFound) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "Not found", exception.getMessage(), null);
        }
        if (exception instanceof AlreadyExists) {
            return Problem.response(Response.Status.CONFLICT, "already-exists", "Already exists",
                    exception.getMessage(), null);
        }
        return Problem.response(Response.Status.BAD_REQUEST, "rejected", "Request rejected", exception.getMessage(),
                null);
    }
}
