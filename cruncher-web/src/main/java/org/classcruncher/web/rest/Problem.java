package org.classcruncher.web.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.classcruncher.api.BrokenRule;

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
 * @param broken each school rule an adjusted plan breaks (422 only)
 */
public record Problem(String type, String title, int status, String detail, String field, String limit,
                      List<BrokenRule> broken) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(Response.Status status, String kind, String title, String detail, String field) {
        return response(status, kind, title, detail, field, null);
    }

    static Response response(Response.Status status, String kind, String title, String detail, String field,
                             String limit) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("urn:class-cruncher:problem:" + kind, title, status.getStatusCode(), detail, field,
                        limit, null))
                .build();
    }

    static Response invalidField(String field, String detail) {
        return response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", detail, field);
    }

    /** 422: an adjusted plan that breaks the school's rules, each listed. */
    static Response brokenRules(String detail, List<BrokenRule> broken) {
        return Response.status(422)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("urn:class-cruncher:problem:plan-breaks-rules", "The plan breaks the school's rules",
                        422, detail, "classes", null, broken))
                .build();
    }
}
