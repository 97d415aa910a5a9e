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
import org.classcruncher.account.boundary.NewAccount;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.solve.boundary.CruncherException;
import org.classcruncher.solve.boundary.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/** The district admin's page: schools and accounts, through the same boundary as the REST API. */
@Named
@ViewScoped
public class AccountAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    private String schoolId;
    private String schoolName;
    private String username;
    private String role = "school";
    private List<String> schools = new ArrayList<>();
    private String password;

    public List<AccountView> getAccounts() {
        return accounts.list(caller.get());
    }

    public List<SchoolView> getAllSchools() {
        return accounts.schools(caller.get());
    }

    public void createSchool() {
        try {
            accounts.createSchool(caller.get(), new SchoolView(schoolId, schoolName));
            schoolId = null;
            schoolName = null;
        } catch (CruncherException e) {
            show("schools", e);
        }
    }

    public void createAccount() {
        try {
            AccountView created = accounts.create(caller.get(), new NewAccount(username, password, role, schools));
            String text = Messages.text("accounts.created", created.username());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            username = null;
            password = null;
            schools = new ArrayList<>();
        } catch (CruncherException e) {
            show("account", e);
        }
    }

    public void unlock(String account) {
        try {
            accounts.change(caller.get(), account, new AccountChange(null, null, null, true));
        } catch (CruncherException e) {
            show("accountList", e);
        }
    }

    public void delete(String account) {
        try {
            accounts.delete(caller.get(), account);
        } catch (CruncherException e) {
            show("accountList", e);
        }
    }

    private static void show(String form, CruncherException e) {
        String field = e instanceof InvalidRequest invalid ? invalid.field() : null;
        String clientId = field == null || "body".equals(field) ? null : form + ":" + field;
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    }

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
