package org.classcruncher.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.classcruncher.account.boundary.AccountView;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.solve.boundary.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/** The logged-in user's own account: who am I, and changing my password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    @GET
    public AccountView me() {
        return accounts.me(caller.get());
    }

    /** Replaces the caller's password (also the way out of a one-time password): 204. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new InvalidRequest("body", "the request needs currentPassword and newPassword as JSON");
        }
        accounts.changePassword(caller.get(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
