package org.classcruncher.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Problem documents (RFC 9457) written by the security layer, which answers before JAX-RS and its exception
 * mappers are reached: the same shape as every other error of the API.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                             String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Class Cruncher\", Basic realm=\"Class Cruncher\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Login required", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Too many password checks at once: none was made; the client may try again in a second. */
    static AuthenticationStatus busy(HttpServletResponse response) {
        response.setHeader("Retry-After", "1");
        write(response, 429, "busy", "Too many logins at once",
                "The server is checking too many passwords at once; try again in a second, or use an API token.");
        return AuthenticationStatus.SEND_FAILURE;
    }

    static void forbidden(HttpServletResponse response, String kind, String detail) {
        write(response, HttpServletResponse.SC_FORBIDDEN, kind, "Forbidden", detail);
    }

    private static void write(HttpServletResponse response, int status, String kind, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "urn:class-cruncher:problem:" + kind)
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build()
                    .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
