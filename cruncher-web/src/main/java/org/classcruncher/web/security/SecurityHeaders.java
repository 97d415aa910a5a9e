package org.classcruncher.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response: no framing (clickjacking), no content sniffing, no referrer to other sites,
 * a content security policy, and no caching of anything but static resources (plans carry enrolment figures).
 * Set by the authentication mechanism, which the container calls first on every request, protected or not.
 */
final class SecurityHeaders {

    /** The API answers data only: nothing in it may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * The portal loads everything from this server. Faces and PrimeFaces render inline event handlers and
     * scripts, hence 'unsafe-inline' for scripts; every user-supplied text is escaped where it is shown. No script
     * may evaluate text as code ('unsafe-eval'): the portal's tests fail on any script the browser refuses for it.
     */
    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy",
                CruncherAuthentication.isApi(request) ? API_POLICY : PORTAL_POLICY);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
