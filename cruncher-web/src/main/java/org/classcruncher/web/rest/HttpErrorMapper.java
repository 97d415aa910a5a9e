package org.classcruncher.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, wrong media type, no body, a body too large…) in the problem
 * format, keeping the headers that tell the client what to do instead ({@code Allow}, {@code Retry-After}).
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final String[] KEPT_HEADERS = {HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER,
        HttpHeaders.WWW_AUTHENTICATE};

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof NoContentException) {
            return Problem.invalidField("body", "The request has no body: send it as JSON.");
        }
        Response original = exception.getResponse();
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return new UnexpectedErrorMapper().toResponse(exception);
        }
        if (status.getFamily() != Response.Status.Family.CLIENT_ERROR) {
            status = Response.Status.BAD_REQUEST;
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problem.response(status,
                "http-" + status.getStatusCode(), status.getReasonPhrase(), detail(exception, status, original), null));
        for (String header : KEPT_HEADERS) {
            if (original.getHeaderString(header) != null) {
                problem.header(header, original.getHeaderString(header));
            }
        }
        return problem.build();
    }

    /** The exception's own message, or for JAX-RS's bare "HTTP 405 Method Not Allowed" what to do instead. */
    private static String detail(WebApplicationException exception, Response.Status status, Response original) {
        String message = exception.getMessage();
        if (message != null && !message.startsWith("HTTP " + status.getStatusCode())) {
            return message;
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not answer this method"
                    + (original.getHeaderString(HttpHeaders.ALLOW) == null ? "."
                    : "; it answers " + original.getHeaderString(HttpHeaders.ALLOW) + ".");
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json (UTF-8).";
            case NOT_ACCEPTABLE -> "This call answers application/json (errors application/problem+json): "
                    + "accept one of them.";
            default -> message == null ? status.getReasonPhrase() : message;
        };
    }
}
