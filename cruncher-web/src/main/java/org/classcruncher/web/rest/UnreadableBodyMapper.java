package org.classcruncher.web.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.api.InvalidSchoolException;

/**
 * A body JSON-B could not turn into a school: 400. When the school's own checks refused it (they run inside its
 * constructors, during binding), the answer is theirs and names the field; otherwise it names the property JSON-B
 * could not read, when JSON-B says which.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '?(\\w+)'?");

    @Override
    public Response toResponse(ProcessingException exception) {
        String field = null;
        String innermost = exception.getMessage();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSchoolException invalid) {
                return Problem.invalidField(invalid.field(), invalid.getMessage());
            }
            if (cause.getMessage() != null) {
                Matcher property = PROPERTY.matcher(cause.getMessage());
                if (field == null && property.find()) {
                    field = property.group(1);
                }
                innermost = cause.getMessage();
            }
        }
        String detail = field == null
                ? "The body is not a school in JSON: " + innermost
                : "The value of " + field + " cannot be read: " + innermost;
        return Problem.response(Response.Status.BAD_REQUEST, "unreadable-body", "Unreadable request body", detail,
                field);
    }
}
