package org.classcruncher.web.rest;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.classcruncher.problem.InvalidRequest;

/**
 * The headers of a call with a body, before JAX-RS matches it to a resource: a body whose stated length passes
 * the limit ({@link BodyLimits}) is answered 413 (read and dropped first, up to 16 MiB, so the client can read the
 * answer); a {@code Content-Type} that cannot be parsed,
 * or JSON in a character set other than UTF-8, is answered 415. (Chunked bodies are counted as they are read,
 * by {@link JsonBodyGuard}.)
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestHeaderGuard implements ContainerRequestFilter {

    private volatile BodyLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank()) {
            long stated;
            try {
                stated = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequest("Content-Length", "Content-Length is not a number of bytes.");
            }
            boolean batch = request.getUriInfo().getPath().replaceAll("^/+", "").startsWith("batches");
            long limit = limits().of(batch);
            if (stated > limit) {
                if (stated <= BodyLimits.DRAINED_AT_MOST) {
                    drain(request);
                }
                throw BodyLimits.tooLarge(limit);
            }
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank()) {
            MediaType type;
            try {
                type = MediaType.valueOf(contentType.strip());
            } catch (IllegalArgumentException unreadable) {
                throw new NotSupportedException("The Content-Type header cannot be read: send application/json.");
            }
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (JsonBodyGuard.isJson(type) && charset != null
                    && !charset.strip().replace("\"", "").equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
                throw new NotSupportedException("JSON is read in UTF-8 only, not in " + charset + ".");
            }
        }
    }

    private static void drain(ContainerRequestContext request) {
        try {
            BodyLimits.drain(request.getEntityStream(), BodyLimits.DRAINED_AT_MOST);
        } catch (java.io.IOException gone) {
            // The client stopped sending: it will not read the answer either.
        }
    }

    private BodyLimits limits() {
        BodyLimits current = limits;
        if (current == null) {
            current = BodyLimits.configured();
            limits = current;
        }
        return current;
    }
}
