package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.web.rest.BatchesResource;
import org.classcruncher.web.rest.JsonBodyGuard;
import org.junit.jupiter.api.Test;

/** The fuzz test's generator, without a server: its solve bodies can never queue a solve. */
class FuzzTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void generatesSolveAndBatchBodiesThatTheApiRefusesBeforeQueueing() {
        List<OpenApiOperations.Operation> described = OpenApiOperations.documented();
        Fuzz fuzz = new Fuzz(20_260_131L, "Bearer user", "Bearer admin", described);
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 12_400; i++) {
            Fuzz.Request request = fuzz.next();
            kinds.merge(request.kind().replaceAll(" \\d+$", ""), 1, Integer::sum);
            boolean solve = request.path().matches("api/v1/(solves|batches)(\\?.*)?");
            if (!solve || !"POST".equals(request.method()) || request.body() == null
                    || !"application/json".equals(request.contentType())) {
                continue;
            }
            Type type = request.path().startsWith("api/v1/solves") ? SchoolRequest.class : BatchesResource.Batch.class;
            try {
                Object read = new JsonBodyGuard().aroundReadFrom(new Context(request.body(), type));
                String text = new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
                // Refused by the boundary: a plugin that is not installed, an empty batch.
                if (!text.contains("no-such-policy") && !text.equals("{\"schools\": []}")) {
                    accepted.add(request + " read as " + read);
                }
            } catch (Exception refused) {
                // as it should be
            }
        }
        System.out.println("Fuzz kinds: " + kinds);
        assertThat(accepted).isEmpty();
        assertThat(described).as("the API description's operations").hasSizeGreaterThan(40);
        assertThat(kinds.keySet()).as("every operation of the API is fuzzed").containsAll(described.stream()
                .filter(operation -> operation.path().startsWith("/api/v1/"))
                .map(operation -> Fuzz.DESCRIBED + operation).toList());
        assertThat(kinds).containsKeys("bad school", "bad batch", "bad query", "bad id", "bad body",
                "wrong content type", "wrong method", "not json", "deep nesting", "invalid UTF-8", "bad accept",
                "large body");
    }

    /** Binding as JAX-RS would: the guard, then JSON-B. */
    private final class Context implements ReaderInterceptorContext {

        private InputStream body;
        private final Type type;

        Context(byte[] body, Type type) {
            this.body = new ByteArrayInputStream(body);
            this.type = type;
        }

        @Override
        public Object proceed() {
            return jsonb.fromJson(body, type);
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public void setInputStream(InputStream is) {
            body = is;
        }

        @Override
        public MultivaluedMap<String, String> getHeaders() {
            return new MultivaluedHashMap<>();
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }

        @Override
        public Collection<String> getPropertyNames() {
            return List.of();
        }

        @Override
        public void setProperty(String name, Object object) {
        }

        @Override
        public void removeProperty(String name) {
        }

        @Override
        public Annotation[] getAnnotations() {
            return new Annotation[0];
        }

        @Override
        public void setAnnotations(Annotation[] annotations) {
        }

        @Override
        public Class<?> getType() {
            return (Class<?>) type;
        }

        @Override
        public void setType(Class<?> type) {
        }

        @Override
        public Type getGenericType() {
            return type;
        }

        @Override
        public void setGenericType(Type genericType) {
        }

        @Override
        public MediaType getMediaType() {
            return MediaType.APPLICATION_JSON_TYPE;
        }

        @Override
        public void setMediaType(MediaType mediaType) {
        }
    }
}
