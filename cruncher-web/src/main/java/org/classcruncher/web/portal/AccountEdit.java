package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.AccountChange;
import org.classcruncher.account.boundary.AccountView;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.NotPermitted;
import org.classcruncher.account.boundary.OneTimePassword;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/**
 * The accounts page's form for one existing account: its role and schools, and a password reset whose one-time
 * password the page shows once (until the next action on the page), for the admin to pass on. Through the same
 * boundary as {@code PATCH /api/v1/accounts/{username}}.
 */
@Named
@ViewScoped
public class AccountEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "edit";

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    private String username;
    private String role;
    private List<String> schools = new ArrayList<>();

    private String issuedFor;
    private String issuedPassword;

    /** Opens the form for this account, as it is now. */
    public void open(String account) {
        forgetIssued();
        AccountView found = accounts.list(caller.get()).stream()
                .filter(view -> view.username().equals(account))
                .findFirst()
                .orElse(null);
        if (found == null) {
            username = null;
            String text = Messages.text("accounts.gone", account);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        username = found.username();
        role = found.role();
        schools = new ArrayList<>(found.schools());
    }

    /** Saves the role and schools; a refusal shows next to its field. */
    public void save() {
        forgetIssued();
        if (username == null) {
            return;
        }
        try {
            // Nothing ticked is no school (never "leave them as they are", as the API reads a missing list).
            AccountView changed = accounts.change(caller.get(), username,
                    new AccountChange(role, schools == null ? List.of() : schools, null, null));
            role = changed.role();
            schools = new ArrayList<>(changed.schools());
            String text = Messages.text("accounts.changed", changed.username(), changed.role(),
                    changed.schools().isEmpty() ? Messages.text("accounts.noSchools")
                            : String.join(", ", changed.schools()));
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (NotPermitted lastAdmin) {
            // The district's last admin keeps the role: said next to it.
            FieldMessages.showAt(FORM + ":role", lastAdmin.getMessage());
        } catch (CruncherException e) {
            show(e);
        }
    }

    /** Gives the account a new one-time password, shown on the page this once. */
    public void resetPassword() {
        forgetIssued();
        if (username == null) {
            return;
        }
        try {
            OneTimePassword issued = accounts.resetPassword(caller.get(), username);
            issuedFor = issued.username();
            issuedPassword = issued.password();
        } catch (CruncherException e) {
            show(e);
        }
    }

    /** Shows a one-time password the server just made (a new account's), once. (Public: called through the proxy.) */
    public void issued(OneTimePassword issued) {
        issuedFor = issued.username();
        issuedPassword = issued.password();
    }

    public void close() {
        forgetIssued();
        username = null;
    }

    /**
     * After another action on the page: the one-time password is not shown again. (Public, as AccountAdmin calls it
     * through the bean's proxy.)
     */
    public void forgetIssued() {
        issuedFor = null;
        issuedPassword = null;
    }

    /** After the account was deleted. */
    public void closeIf(String deleted) {
        if (deleted.equals(username)) {
            close();
        }
    }

    private static void show(CruncherException e) {
        String field = e instanceof InvalidRequest invalid ? invalid.field() : null;
        boolean onTheForm = "role".equals(field) || "schools".equals(field);
        FacesContext.getCurrentInstance().addMessage(onTheForm ? FORM + ":" + field : null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    }

    /** The account the form is open for, or {@code null}. */
    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<String> getSchools() {
        return schools;
    }

    public void setSchools(List<String> schools) {
        this.schools = schools;
    }

    /** Whose password a reset just made, or {@code null}. */
    public String getIssuedFor() {
        return issuedFor;
    }

    /** The one-time password a reset just made, or {@code null}. */
    public String getIssuedPassword() {
        return issuedPassword;
    }
}
