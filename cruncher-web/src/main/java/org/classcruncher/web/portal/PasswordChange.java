package org.classcruncher.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.Logins;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.ClientAddress;
import org.classcruncher.web.security.CurrentCaller;

/** The page where users change their password, and must replace a one-time password before anything else. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    Accounts accounts;

    @Inject
    Logins logins;

    @Inject
    CurrentCaller caller;

    private String current;
    private String wanted;
    private String repeated;

    public boolean isOneTime() {
        return accounts.mustChangePassword(caller.getUsername());
    }

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (wanted == null || !wanted.equals(repeated)) {
            String text = Messages.text("password.mismatch");
            faces.addMessage("password:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return null;
        }
        try {
            String address = ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
            logins.changePassword(caller.get(), current, wanted, address);
        } catch (InvalidRequest e) {
            String input = "currentPassword".equals(e.field()) ? "password:current" : "password:wanted";
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
            return null;
        }
        String text = Messages.text("password.changed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getWanted() {
        return wanted;
    }

    public void setWanted(String wanted) {
        this.wanted = wanted;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
