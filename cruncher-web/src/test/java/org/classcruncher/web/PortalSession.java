package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the portal, without the browser: logs in through the login form (view state and
 * session cookie as a browser sends them) and then calls pages or the API with nothing but that cookie.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Http http;
    private final URL base;

    private PortalSession(URL base) {
        this.base = base;
        this.http = new Http(base, HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** Logs in as a person would on the login page; answers the session, or fails if the login did not succeed. */
    static PortalSession login(URL base, String username, String password) {
        PortalSession session = new PortalSession(base);
        Http.Answer page = session.http.call("GET", "login.xhtml", null, null);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("the login page has a view state").isTrue();
        Http.Answer answer = session.http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "login", "login",
                        "login:username", username,
                        "login:password", password,
                        "login:submit", "Log in",
                        "jakarta.faces.ViewState", viewState.group(1)))))
                .build());
        assertThat(answer.status()).as("a successful login redirects").isEqualTo(302);
        return session;
    }

    /** A call carrying only the session cookie (and a JSON body when given). */
    Http.Answer call(String method, String path, String json) {
        return http.call(method, path, null, json);
    }

    /** A form POST as a browser sends it, with the session cookie (no redirect followed). */
    Http.Answer postForm(String path, Map<String, String> fields) {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
    }

    /**
     * A file upload as a browser sends it (multipart/form-data, one file field), with the session cookie; sent with
     * its length, or chunked.
     */
    Http.Answer postFile(String path, String field, String fileName, byte[] content, boolean chunked) {
        String boundary = "----cruncher" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
