package org.classcruncher.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, wrong media type, no body…) in the problem format. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof NoContentException) {
            return Problem.invalidField("body", "The request has no body: send the school as JSON.");
        }
        Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.response(status, "http-" + status.getStatusCode(), status.getReasonPhrase(),
                exception.getMessage(), null);
    }
}
