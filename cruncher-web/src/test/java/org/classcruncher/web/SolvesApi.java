package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;

/** The REST API as a script would use it: a JAX-RS client, JSON-B for the records. */
final class SolvesApi {

    /** An answer read as plain JSON, for checking error bodies field by field. */
    record Answer(int status, String mediaType, JsonObject json, URI location, String retryAfter) {
    }

    private final Client client = ClientBuilder.newClient();
    private final WebTarget api;

    /** As the user of the tests' school "a". */
    SolvesApi(URL base) {
        this(base, TestAccounts.school(base, "a").bearer());
    }

    /** With this {@code Authorization} header on every call. */
    SolvesApi(URL base, String authorization) {
        client.register((ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization",
                authorization));
        try {
            api = client.target(base.toURI()).path("api/v1");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Submits the school (expecting 202 and a Location) and polls that location until the solve has finished. */
    SolveResult submitAndWait(SchoolRequest school) {
        return waitFor(submit(Entity.json(school)));
    }

    /** Submits a school given as JSON text and polls until the solve has finished. */
    SolveResult submitAndWait(String json) {
        return waitFor(submit(Entity.entity(json, MediaType.APPLICATION_JSON)));
    }

    /** Submits a school, expecting 202 with the solve's address. */
    URI submit(Entity<?> school) {
        try (Response response = api.path("solves").request(MediaType.APPLICATION_JSON).post(school)) {
            assertThat(response.getStatus()).isEqualTo(202);
            assertThat(response.getLocation()).isNotNull();
            assertThat(response.readEntity(SolveResult.class).status().finished()).isFalse();
            return response.getLocation();
        }
    }

    SolveResult get(URI solve) {
        return client.target(solve).request(MediaType.APPLICATION_JSON).get(SolveResult.class);
    }

    /** Asks the solve to stop; answers the HTTP status. */
    int cancel(URI solve) {
        try (Response response = client.target(solve).request(MediaType.APPLICATION_JSON).delete()) {
            return response.getStatus();
        }
    }

    /** The HTTP status of reading the solve (404 once it is gone). */
    int status(URI solve) {
        try (Response response = client.target(solve).request(MediaType.APPLICATION_JSON).get()) {
            return response.getStatus();
        }
    }

    /** Polls the solve every 20 ms while it has this status, for at most 90 s; answers it as it then is. */
    SolveResult waitWhile(URI solve, org.classcruncher.api.SolveStatus status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        SolveResult result = get(solve);
        while (result.status() == status && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            result = get(solve);
        }
        return result;
    }

    SolveResult waitFor(URI solve) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        SolveResult result = get(solve);
        while (!result.status().finished() && Instant.now().isBefore(deadline)) {
            pause();
            result = get(solve);
        }
        return result;
    }

    Answer post(String json) {
        try (Response response = api.path("solves").request().post(Entity.entity(json, MediaType.APPLICATION_JSON))) {
            return answer(response);
        }
    }

    /** POSTs JSON text to a path under the API, whatever the answer. */
    Answer postRaw(String path, String json) {
        return post(path, json);
    }

    /** POSTs JSON text to a path under the API. */
    Answer post(String path, String json) {
        try (Response response = api.path(path).request().post(Entity.entity(json, MediaType.APPLICATION_JSON))) {
            return answer(response);
        }
    }

    /** GETs a path under the API; a query ({@code ?k=v&…}) becomes query parameters. */
    Answer get(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        WebTarget target = api.path(parts[0]);
        if (parts.length == 2) {
            for (String parameter : parts[1].split("&")) {
                String[] pair = parameter.split("=", 2);
                target = target.queryParam(pair[0], pair[1]);
            }
        }
        try (Response response = target.request().get()) {
            return answer(response);
        }
    }

    private static Answer answer(Response response) {
        String body = response.readEntity(String.class);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new Answer(response.getStatus(), String.valueOf(response.getMediaType()), reader.readObject(),
                    response.getLocation(), response.getHeaderString("Retry-After"));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
