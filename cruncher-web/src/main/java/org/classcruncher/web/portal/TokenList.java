package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.NewToken;
import org.classcruncher.account.boundary.NotPermitted;
import org.classcruncher.account.boundary.TokenView;
import org.classcruncher.account.boundary.Tokens;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/** The user's API tokens: create one (its secret shown once, on this page), revoke one. */
@Named
@ViewScoped
public class TokenList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tokens tokens;

    @Inject
    CurrentCaller caller;

    private String name;
    private String createdSecret;

    public List<TokenView> getTokens() {
        return tokens.list(caller.get());
    }

    public void create() {
        try {
            NewToken created = tokens.create(caller.get(), name);
            createdSecret = created.token();
            name = null;
        } catch (InvalidRequest | NotPermitted e) {
            FacesContext.getCurrentInstance().addMessage("tokens:name",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
    }

    public void revoke(String id) {
        tokens.revoke(caller.get(), id);
        createdSecret = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The secret of the token just created, shown until the page is left. */
    public String getCreatedSecret() {
        return createdSecret;
    }
}
