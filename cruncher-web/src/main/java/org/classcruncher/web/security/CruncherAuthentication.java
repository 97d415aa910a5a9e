package org.classcruncher.web.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.SignedIn;
import org.classcruncher.account.boundary.Tokens;

/**
 * The one authentication mechanism of the application, as Jakarta Security 3 allows one per application:
 * <ul>
 *   <li>REST calls ({@code /api/…}, and the metrics at {@code /metrics}) carry {@code Authorization: Bearer <token>} (a personal API token) or
 *   {@code Basic}; each call is checked on its own and no session is created. Without either, a protected call
 *   gets 401 as a problem document.</li>
 *   <li>The portal logs in on its login page, which hands the user name and password here through
 *   {@code SecurityContext.authenticate}; the login is kept in the HTTP session. A protected page asked for
 *   without a login redirects to the login page.</li>
 * </ul>
 * Each request with a session re-reads the account's role, so a changed role or a deleted account takes effect
 * at once. Passwords are checked with the client's address ({@link ClientAddress}: the remote address, or behind a
 * trusted reverse proxy the client it names), by which
 * failures are counted and refused.
 */
@ApplicationScoped
public class CruncherAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** A request attribute: the portal login's password was not checked, too many checks were running. */
    public static final String LOGIN_BUSY = "org.classcruncher.loginBusy";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CruncherIdentityStore identityStore;

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null) {
            return authenticateApiCall(authorization, request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = credential instanceof UsernamePasswordCredential given
                    ? identityStore.validate(given, ClientAddress.of(request))
                    : identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The login page renders its own message: nothing is sent from here.
                if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
                    request.setAttribute(LOGIN_BUSY, Boolean.TRUE);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        Principal sessionUser = request.getUserPrincipal();
        if (sessionUser != null) {
            Optional<String> role = currentRole(sessionUser.getName(), request);
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(sessionUser, Set.of(role.get()));
            }
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return ProblemResponses.unauthorized(response, context,
                    "Log in: send a personal API token as 'Authorization: Bearer <token>', or HTTP Basic.");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + nextParameter(request));
    }

    private AuthenticationStatus authenticateApiCall(String authorization, HttpServletRequest request,
                                                     HttpServletResponse response, HttpMessageContext context) {
        if (startsWithIgnoringCase(authorization, "Bearer ")) {
            Optional<String> user = tokens.authenticate(authorization.substring(7).strip());
            Optional<String> role = user.flatMap(username -> currentRole(username, request));
            if (role.isEmpty()) {
                return ProblemResponses.unauthorized(response, context, "The API token is unknown or revoked.");
            }
            return context.notifyContainerAboutLogin(user.get(), Set.of(role.get()));
        }
        if (startsWithIgnoringCase(authorization, "Basic ")) {
            Optional<UsernamePasswordCredential> credential = basicCredential(authorization.substring(6).strip());
            CredentialValidationResult result = credential
                    .map(given -> identityStore.validate(given, ClientAddress.of(request)))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
                return ProblemResponses.busy(response);
            }
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return ProblemResponses.unauthorized(response, context,
                        "Wrong user name or password, or too many failed logins from this address for a while "
                                + "(an API token still works).");
            }
            return context.notifyContainerAboutLogin(result);
        }
        return ProblemResponses.unauthorized(response, context,
                "Unsupported Authorization scheme: use 'Bearer <token>' or HTTP Basic.");
    }

    /**
     * The account's role as the database says now; what was read is kept for the request (CurrentCaller, and the
     * one-time password gate), so the account is read once per request.
     */
    private Optional<String> currentRole(String username, HttpServletRequest request) {
        try {
            SignedIn signedIn = accounts.signedIn(username);
            request.setAttribute(CurrentCaller.READ_AT_LOGIN, signedIn.caller());
            request.setAttribute(OneTimePasswordGate.READ_AT_LOGIN, signedIn.mustChangePassword());
            return Optional.of(signedIn.caller().role().group());
        } catch (AccountNotFound gone) {
            return Optional.empty();
        }
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * A call from a program: the REST API, and the MicroProfile Metrics endpoint Payara serves inside this root
     * application (a monitoring system scrapes it with a district admin's token).
     */
    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/") || uri.equals(request.getContextPath() + "/metrics")
                || uri.startsWith(request.getContextPath() + "/metrics/");
    }

    /** Where to go after the login: the page asked for, only ever a path on this server. */
    private static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path) || path.startsWith(LOGIN_PAGE)) {
            return "";
        }
        String query = request.getQueryString();
        String next = query == null ? path : path + "?" + query;
        return "?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
