package org.classcruncher.web.portal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.classcruncher.account.boundary.Logins;
import org.classcruncher.web.security.ClientAddress;
import org.classcruncher.web.security.CruncherAuthentication;

/** The login page: hands the user name and password to the application's authentication mechanism. */
@Named
@RequestScoped
public class Login {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    @Inject
    SecurityContext security;

    @Inject
    Logins logins;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (request.getAttribute(CruncherAuthentication.LOGIN_BUSY) != null) {
            String busy = "The server is checking many logins at once; try again in a moment.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, busy, busy));
            return;
        }
        Optional<String> lockedUntil = logins.refusedUntil(username, ClientAddress.of(request)).map(TIME::format);
        String message = lockedUntil
                .map(until -> "This account is locked after repeated failed logins from this address, until "
                        + until + ".")
                .orElse("Wrong user name or password.");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        password = null;
    }

    /** Only a path on this server (never "//elsewhere" or a full URL), so the login cannot send users away. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
