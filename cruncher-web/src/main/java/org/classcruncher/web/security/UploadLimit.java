package org.classcruncher.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * File uploads to the portal's pages beyond what the container parses ({@code multipart-config} in web.xml): refused
 * with a page that says why, before the container's parser fails on them with a server error. A browser always sends
 * a form's length; an upload without one (chunked) is refused too. The refused body is read and dropped (up to
 * {@link #MOST_DRAINED}), so the browser gets the answer rather than a broken connection. Files within the limits
 * meet the plan form's own message (a school's spreadsheet has at most 256 KB).
 */
@WebFilter(filterName = "UploadLimit", servletNames = "Faces Servlet")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The container's {@code max-request-size} in web.xml. */
    static final long MOST_PARSED = 17_825_792;
    static final long MOST_DRAINED = 64L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long length = request.getContentLengthLong();
        if (!upload || (length >= 0 && length <= MOST_PARSED)) {
            chain.doFilter(request, response);
            return;
        }
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "An upload must state its length, as "
                    + "browsers do. A school's spreadsheet has at most 256 KB.");
        } else {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                    "The file is too large: %.1f MiB. A school's spreadsheet has at most 256 KB.",
                    length / 1_048_576.0));
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        boolean drained = drain(request.getInputStream());
        if (!drained) {
            response.setHeader("Connection", "close");
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Upload refused - Class "
                + "Cruncher</title></head><body><main><h1>Upload refused</h1><p>" + why + "</p><p><a href=\""
                + request.getContextPath() + "/index.xhtml\">Back to the plan form</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** Reads the body to its end, at most {@link #MOST_DRAINED} bytes; whether it ended. */
    private static boolean drain(InputStream body) throws IOException {
        byte[] buffer = new byte[65_536];
        long read = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            read += n;
            if (read > MOST_DRAINED) {
                return false;
            }
        }
        return true;
    }
}
