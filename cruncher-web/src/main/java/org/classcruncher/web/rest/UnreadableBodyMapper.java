package org.classcruncher.web.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.problem.InvalidRequest;

/**
 * A body JSON-B could not bind, or a header Jersey could not read: 400. When the records' own checks refused it
 * (they run inside their constructors, during binding) or {@link JsonBodyGuard} did, the answer is theirs and names
 * the field; otherwise it names the property JSON-B could not read, when JSON-B says which. Java class names in
 * the parser's message are shortened, so the answer shows no internals.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '?(\\w+)'?");
    private static final Pattern CLASS_NAME = Pattern.compile("(?:class |interface )?(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)");

    @Override
    public Response toResponse(ProcessingException exception) {
        String field = null;
        String innermost = exception.getMessage();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSchoolException invalid) {
                return Problem.invalidField(invalid.field(), invalid.getMessage());
            }
            if (cause instanceof InvalidRequest invalid) {
                return Problem.invalidField(invalid.field(), invalid.getMessage());
            }
            if (cause instanceof WebApplicationException http && cause != exception) {
                return new HttpErrorMapper().toResponse(http);
            }
            if (cause.getMessage() != null) {
                Matcher property = PROPERTY.matcher(cause.getMessage());
                if (field == null && property.find()) {
                    field = property.group(1);
                }
                innermost = cause.getMessage();
            }
        }
        String readable = innermost == null ? "" : CLASS_NAME.matcher(innermost).replaceAll("$1");
        if (readable.length() > 300) {
            readable = readable.substring(0, 300) + "…";
        }
        String detail = field == null
                ? "The request cannot be read: " + readable
                : "The value of " + field + " cannot be read: " + readable;
        return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail,
                field);
    }
}
