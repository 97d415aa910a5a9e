package org.classcruncher.web.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.classcruncher.problem.InvalidRequest;

/**
 * Every JSON body, before JSON-B reads it: at most the configured number of bytes ({@link BodyLimits}, else 413),
 * not empty, UTF-8 without a malformed byte, and of the shape of the record it is bound to ({@link JsonShape}),
 * else 400 naming the field. JSON-B then binds a body whose numbers it cannot change and whose lists hold no nulls;
 * the records' own checks do the rest.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor {

    private volatile BodyLimits limits;

    public JsonBodyGuard() {
    }

    JsonBodyGuard(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type) && !type.isWildcardType() && !type.isWildcardSubtype()) {
            return context.proceed();
        }
        byte[] body = BodyLimits.read(context.getInputStream(),
                limits().of(context.getType() == BatchesResource.Batch.class));
        if (body.length == 0) {
            throw new InvalidRequest("body", "The request has no body: send it as JSON.");
        }
        JsonShape.check(utf8(body), context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json");
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequest("body", "The body is not valid UTF-8.");
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
