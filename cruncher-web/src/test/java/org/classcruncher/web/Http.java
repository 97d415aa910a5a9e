package org.classcruncher.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** Plain HTTP calls as curl would make them: any method, any header, the raw answer. No redirects followed. */
final class Http {

    /** An answer: status, headers, body. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private final HttpClient client;
    private final URL base;

    Http(URL base) {
        this(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    Http(URL base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Calls {@code path} (relative to the application) with the given Authorization (none if null). */
    Answer call(String method, String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** Calls {@code path} with a body of this media type, e.g. a CSV file as {@code text/csv}. */
    Answer call(String method, String path, String authorization, String mediaType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", mediaType)
                .header("Authorization", authorization);
        return send(request.build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
