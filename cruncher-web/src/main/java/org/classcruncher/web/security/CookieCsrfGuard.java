package org.classcruncher.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses API calls that would change something when they are authenticated by the portal's session cookie
 * alone: a browser sends that cookie with requests other sites make it send (cross-site request forgery), but it
 * never adds an {@code Authorization} header on its own. Scripts use tokens or Basic; the portal changes things
 * through its own forms, which carry Faces' view state. Reading with the cookie stays allowed.
 */
@WebFilter(filterName = "CookieCsrfGuard", urlPatterns = "/api/*")
public class CookieCsrfGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getUserPrincipal() != null) {
            ProblemResponses.forbidden(response, "cookie-not-accepted", "A " + request.getMethod()
                    + " to the API needs an 'Authorization' header (a personal API token or Basic): the portal's "
                    + "session cookie alone is not accepted for changes, as a defence against cross-site requests.");
            return;
        }
        chain.doFilter(request, response);
    }
}
