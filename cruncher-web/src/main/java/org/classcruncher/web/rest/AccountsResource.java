package org.classcruncher.web.rest;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.account.boundary.AccountChange;
import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.AccountView;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.NewAccount;
import org.classcruncher.web.security.CurrentCaller;

/** District admins manage the accounts: list, create (with a one-time password), change, delete. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** The shape of every user name (see {@code NewAccount}). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<AccountView> list() {
        return accounts.list(caller.get());
    }

    /** 201 Created with the account; the user must change the given password at the first login. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account) {
        AccountView created = accounts.create(caller.get(), account);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.username()).build();
        return Response.created(location).entity(created).build();
    }

    /** Changes role, schools, sets a new one-time password or ends a lock; fields left out stay. */
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView change(@PathParam("username") String username, AccountChange change) {
        return accounts.change(caller.get(), existingName(username), change);
    }

    /** Deletes the account and its API tokens: 204. Its solves stay with their schools. */
    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        accounts.delete(caller.get(), existingName(username));
        return Response.noContent().build();
    }

    /** A user name as accounts have them; any other text is an unknown account (404), never a database error. */
    private static String existingName(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountNotFound("No account " + Parameters.shown(username == null ? "" : username) + ".");
        }
        return username;
    }
}
