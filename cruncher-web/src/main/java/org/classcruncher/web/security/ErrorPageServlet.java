package org.classcruncher.web.security;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page of any failure that reaches the container (web.xml's error pages: an uncaught exception, a 500, and the
 * 4xx answers the container gives before the application sees a request): a short page for the portal, a problem
 * document for the API, never a stack trace; a server failure is logged under a reference the answer gives. The container resets the response before it dispatches here, so the security
 * headers are set again, for the request that failed.
 */
@WebServlet(name = "ErrorPage", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400 ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
        String reference = UUID.randomUUID().toString();
        boolean clientError = status < 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "Unexpected error on " + failedUri + ", reference " + reference, failure);
        } else if (!clientError) {
            LOG.log(Level.WARNING, "Answered " + status + " on " + failedUri + ", reference " + reference);
        }
        HttpServletRequest failed = new HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return failedUri;
            }
        };
        SecurityHeaders.apply(failed, response);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        ClientError known = clientError ? ClientError.of(status) : null;
        String detail = known != null ? known.detail
                : "The server could not complete this request; the error is logged under reference " + reference + ".";
        if (calledByAProgram(failed)) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "urn:class-cruncher:problem:" + (known != null ? known.type : "internal-error"))
                    .add("title", known != null ? known.title : "Internal error")
                    .add("status", status)
                    .add("detail", detail)
                    .build()
                    .toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(request.getContextPath(), detail));
        }
    }

    /**
     * The requests the container refuses itself, before the API sees them (a Content-Type or Accept header it cannot
     * parse, a path it does not know): said in fixed words, since the container's own message may name its classes.
     */
    private enum ClientError {
        BAD_REQUEST(400, "bad-request", "Bad request", "The request cannot be read: check its headers and body."),
        NOT_FOUND(404, "not-found", "Not found", "There is nothing at this address."),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "This address does not take that method."),
        NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "Accept application/json (or */*)."),
        TOO_LARGE(413, "too-large", "Body too large", "The request body is larger than this call accepts."),
        UNSUPPORTED(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.");

        final int status;
        final String type;
        final String title;
        final String detail;

        ClientError(int status, String type, String title, String detail) {
            this.status = status;
            this.type = type;
            this.title = title;
            this.detail = detail;
        }

        static ClientError of(int status) {
            for (ClientError error : values()) {
                if (error.status == status) {
                    return error;
                }
            }
            return BAD_REQUEST;
        }
    }

    private static String page(String contextPath, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>Something went wrong · Class Cruncher</title>
                <link rel="stylesheet" href="%1$s/jakarta.faces.resource/css/cruncher.css.xhtml"/></head>
                <body><header class="site-header"><a class="brand" href="%1$s/">Class Cruncher</a></header>
                <main><h1>Something went wrong</h1><p id="error">%2$s</p>
                <p>Go back and try again; if it happens again, tell your district IT the reference.</p>
                <p><a href="%1$s/">Back to the portal</a></p></main></body></html>
                """.formatted(contextPath, detail);
    }

    /**
     * The API's calls, and the MicroProfile endpoints Payara serves inside this application (metrics, health, the
     * OpenAPI document): programs call them, so their errors are problem documents, not pages. Health and the
     * document need no login, so they are not API calls for {@link CruncherAuthentication}: only their errors are
     * answered as the API's are.
     */
    private static boolean calledByAProgram(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return CruncherAuthentication.isApi(request) || Stream.of("/health", "/openapi")
                .map(request.getContextPath()::concat)
                .anyMatch(endpoint -> uri.equals(endpoint) || uri.startsWith(endpoint + "/"));
    }
}
