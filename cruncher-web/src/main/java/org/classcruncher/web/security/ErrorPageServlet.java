package org.classcruncher.web.security;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page of any failure that reaches the container (web.xml's error pages: an uncaught exception, a 500): a
 * short page for the portal, a problem document for the API, never a stack trace; the failure is logged under a
 * reference the answer gives. The container resets the response before it dispatches here, so the security
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
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "Unexpected error on " + failedUri + ", reference " + reference, failure);
        } else {
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
        String detail = "The server could not complete this request; the error is logged under reference "
                + reference + ".";
        if (CruncherAuthentication.isApi(failed)) {
            response.setContentType("application/problem+json");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "urn:class-cruncher:problem:internal-error")
                    .add("title", "Internal error")
                    .add("status", status)
                    .add("detail", detail)
                    .build()
                    .toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(request.getContextPath(), detail));
        }
    }

    private static String page(String contextPath, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><title>Something went wrong · Class Cruncher</title>
                <link rel="stylesheet" href="%1$s/jakarta.faces.resource/css/cruncher.css.xhtml"/></head>
                <body><header class="site-header"><a class="brand" href="%1$s/">Class Cruncher</a></header>
                <main><h1>Something went wrong</h1><p id="error">%2$s</p>
                <p>Go back and try again; if it happens again, tell your district IT the reference.</p>
                <p><a href="%1$s/">Back to the portal</a></p></main></body></html>
                """.formatted(contextPath, detail);
    }
}
