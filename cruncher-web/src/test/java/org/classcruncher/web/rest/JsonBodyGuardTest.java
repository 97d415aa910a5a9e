package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static final String SCHOOL = """
            {"teachers": 6, "grades": [{"grade": "K", "children": 20, "minClassSize": 10, "maxClassSize": 25}]}""";

    private final JsonBodyGuard guard = new JsonBodyGuard(new BodyLimits(1_000, 3_000));
    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void handsAValidBodyToJsonBUnchanged() throws IOException {
        Object school = guard.aroundReadFrom(new Context(SCHOOL.getBytes(StandardCharsets.UTF_8), SchoolRequest.class,
                MediaType.APPLICATION_JSON_TYPE));
        assertThat(((SchoolRequest) school).teachers()).isEqualTo(6);
    }

    @Test
    void refusesABodyOverTheLimitWith413AndABatchOverItsOwn() throws IOException {
        byte[] large = (SCHOOL.replace("}]}", "}], \"name\": \"" + "x".repeat(1_000) + "\"}"))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> guard.aroundReadFrom(new Context(large, SchoolRequest.class,
                MediaType.APPLICATION_JSON_TYPE)))
                .isInstanceOfSatisfying(ClientErrorException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
        byte[] batch = ("{\"schools\": [" + SCHOOL + "], \"x\": \"" + "x".repeat(1_500) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Object read = assertReads(batch, BatchesResource.Batch.class);
        assertThat(((BatchesResource.Batch) read).schools()).hasSize(1);
    }

    @Test
    void refusesAnEmptyBodyAndMalformedUtf8NamingTheBody() {
        byte[] malformed = SCHOOL.replace("{\"teachers\"", "{\"name\": \"\u00e9\", \"teachers\"")
                .getBytes(StandardCharsets.UTF_8);
        malformed[10] = (byte) 0xC3;
        malformed[11] = (byte) 0x28;
        for (byte[] body : List.of(new byte[0], malformed, new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'})) {
            assertThatThrownBy(() -> guard.aroundReadFrom(new Context(body, SchoolRequest.class,
                    MediaType.APPLICATION_JSON_TYPE)))
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("body"));
        }
    }

    @Test
    void leavesBodiesThatAreNotJsonToTheirReaders() throws IOException {
        Context text = new Context(new byte[] {(byte) 0xFF}, String.class, MediaType.TEXT_PLAIN_TYPE);
        assertThat(guard.aroundReadFrom(text)).isEqualTo("proceeded");
    }

    @Test
    void aBatchWithANullSchoolIsRefusedByItsRecordToo() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"schools\": [null]}", BatchesResource.Batch.class))
                .isInstanceOf(JsonbException.class)
                .hasRootCauseInstanceOf(InvalidSchoolException.class);
    }

    private Object assertReads(byte[] body, Type type) throws IOException {
        return guard.aroundReadFrom(new Context(body, type, MediaType.APPLICATION_JSON_TYPE));
    }

    /** The part of JAX-RS's context an interceptor uses; proceeding binds the body with JSON-B. */
    private final class Context implements ReaderInterceptorContext {

        private InputStream body;
        private final Type type;
        private final MediaType mediaType;

        Context(byte[] body, Type type, MediaType mediaType) {
            this.body = new ByteArrayInputStream(body);
            this.type = type;
            this.mediaType = mediaType;
        }

        @Override
        public Object proceed() {
            return mediaType.getSubtype().equals("json") ? jsonb.fromJson(body, type) : "proceeded";
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
            return type instanceof Class<?> plain ? plain : Object.class;
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
            return mediaType;
        }

        @Override
        public void setMediaType(MediaType mediaType) {
        }
    }
}
