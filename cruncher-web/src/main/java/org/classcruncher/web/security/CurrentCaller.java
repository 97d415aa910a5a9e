package org.classcruncher.web.security;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.Caller;

/**
 * The logged-in user of this request, as the boundaries want it: read once per request from the database, by the
 * authentication mechanism when it checks the role (token calls and portal sessions), else here.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    /** The request attribute where the authentication mechanism leaves the caller it read. */
    static final String READ_AT_LOGIN = CurrentCaller.class.getName();

    private Caller caller;

    /** The caller; every page and endpoint that asks is behind a login (see web.xml). */
    public Caller get() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new IllegalStateException("no one is logged in: the page or endpoint must require a login");
            }
            caller = request.getAttribute(READ_AT_LOGIN) instanceof Caller read
                    && read.username().equals(principal.getName()) ? read : accounts.caller(principal.getName());
        }
        return caller;
    }

    /** Whether a district admin is logged in (the portal's pages show admin links by it). */
    public boolean isDistrictAdmin() {
        return get().districtAdmin();
    }

    public String getUsername() {
        return get().username();
    }
}
