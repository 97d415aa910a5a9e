package org.classcruncher.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: what went wrong, for people and for programs.
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param field  the offending request field as a JSON path (e.g. {@code grades[K].maxClassSize}), when there is one
 * @param limit  the limit the request ran into, as configured after {@code cruncher.limits.} (e.g.
 *               {@code unfinishedPerAccount}), when there is one
 */
public record Problem(String type, String title, int status, String detail, String field, String limit) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(Response.Status status, String kind, String title, String detail, String field) {
        return response(status, kind, title, detail, field, null);
    }

    static Response response(Response.Status status, String kind, String title, String detail, String field,
                             String limit) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("urn:class-cruncher:problem:" + kind, title, status.getStatusCode(), detail, field,
                        limit))
                .build();
    }

    static Response invalidField(String field, String detail) {
        return response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", detail, field);
    }
}
