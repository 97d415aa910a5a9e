package org.classcruncher.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classcruncher.account.boundary.Accounts;

/**
 * Until a user has replaced a one-time password (the first admin's, or one an admin set), the portal shows only
 * the page to change it, and the API answers only the calls to read one's account and change the password.
 */
@WebFilter(filterName = "OneTimePasswordGate", urlPatterns = "/*")
public class OneTimePasswordGate extends HttpFilter {

    static final String PASSWORD_PAGE = "/password.xhtml";
    static final String API_PASSWORD = "/api/v1/me/password";
    static final String API_ME = "/api/v1/me";

    private static final long serialVersionUID = 1L;

    /** A request attribute: whether the account read at login must still replace its one-time password. */
    static final String READ_AT_LOGIN = OneTimePasswordGate.class.getName();

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || allowedMeanwhile(request) || !mustChangePassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (CruncherAuthentication.isApi(request)) {
            ProblemResponses.forbidden(response, "password-change-required", "This account still has a one-time "
                    + "password: change it first (PUT " + API_PASSWORD + " or the portal's password page).");
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean allowedMeanwhile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals(API_PASSWORD) || path.equals(API_ME)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/logout");
    }

    private boolean mustChangePassword(HttpServletRequest request) {
        return request.getAttribute(READ_AT_LOGIN) instanceof Boolean read ? read
                : accounts.mustChangePassword(request.getUserPrincipal().getName());
    }
}
