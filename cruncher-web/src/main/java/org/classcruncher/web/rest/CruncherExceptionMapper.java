package org.classcruncher.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.solve.boundary.CruncherException;
import org.classcruncher.solve.boundary.InvalidSolveRequest;
import org.classcruncher.solve.boundary.QueueFull;
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
        if (exception instanceof InvalidSolveRequest invalid) {
            return Problem.invalidField(invalid.field(), invalid.getMessage());
        }
        return Problem.response(Response.Status.BAD_REQUEST, "rejected", "Request rejected", exception.getMessage(),
                null);
    }
}
