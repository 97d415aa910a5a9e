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
import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.AccountView;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.NewAccount;
import org.classcruncher.account.boundary.OneTimePassword;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/**
 * The district admin's page: schools (add, rename) and accounts (create, unlock, delete; {@link AccountEdit} changes
 * one), through the same boundary as the REST API.
 */
@Named
@ViewScoped
public class AccountAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    /** The same view's form for one account: a one-time password it shows is not shown again after an action here. */
    @Inject
    AccountEdit edit;

    private String schoolId;
    private String schoolName;
    private String username;
    private String role = "school";
    private List<String> schools = new ArrayList<>();
    private String password;

    /** The school to rename and its new name. */
    private String renameId;
    private String renameName;

    public List<AccountView> getAccounts() {
        return accounts.list(caller.get());
    }

    /** An account's schools by name, as a list reads them ("Riverside Primary, Hill Top"). */
    public String schoolNames(AccountView account) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        getAllSchools().forEach(school -> names.put(school.id(), school.name()));
        return account.schools().stream().map(id -> names.getOrDefault(id, id)).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public List<SchoolView> getAllSchools() {
        return accounts.schools(caller.get());
    }

    public void createSchool() {
        edit.forgetIssued();
        try {
            String id = schoolId == null || schoolId.isBlank() ? Accounts.schoolIdFor(schoolName) : schoolId.strip();
            accounts.createSchool(caller.get(), new SchoolView(id, schoolName));
            String text = Messages.text("accounts.schoolCreated", id, schoolName);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            schoolId = null;
            schoolName = null;
        } catch (CruncherException e) {
            show("schools", e);
        }
    }

    /** Gives a school a new name; a refusal shows next to its field. */
    public void renameSchool() {
        edit.forgetIssued();
        try {
            SchoolView renamed = accounts.renameSchool(caller.get(), renameId, renameName);
            String text = Messages.text("accounts.schoolRenamed", renamed.id(), renamed.name());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            renameName = null;
        } catch (AccountNotFound unknown) {
            FieldMessages.showAt("renameSchool:school", unknown.getMessage());
        } catch (CruncherException e) {
            show("renameSchool", e);
        }
    }

    public void createAccount() {
        edit.forgetIssued();
        try {
            NewAccount request = new NewAccount(username, password, role, schools);
            if (password == null || password.isBlank()) {
                // The server makes the one-time password; it is shown once, as after a reset.
                OneTimePassword issued = accounts.createWithOneTimePassword(caller.get(), request);
                edit.issued(issued);
            } else {
                accounts.create(caller.get(), request);
            }
            String text = Messages.text("accounts.created", username);
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
        edit.forgetIssued();
        try {
            accounts.change(caller.get(), account, new AccountChange(null, null, null, true));
        } catch (CruncherException e) {
            show("accountList", e);
        }
    }

    public void delete(String account) {
        edit.forgetIssued();
        try {
            accounts.delete(caller.get(), account);
            edit.closeIf(account);
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

    public String getRenameId() {
        return renameId;
    }

    public void setRenameId(String renameId) {
        this.renameId = renameId;
    }

    public String getRenameName() {
        return renameName;
    }

    public void setRenameName(String renameName) {
        this.renameName = renameName;
    }
}
