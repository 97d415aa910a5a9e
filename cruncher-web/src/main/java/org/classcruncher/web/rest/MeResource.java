package org.classcruncher.web.rest;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.classcruncher.account.boundary.AccountView;
import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.Logins;
import org.classcruncher.account.boundary.TooManyFailures;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.ClientAddress;
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
    Logins logins;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest request;

    @GET
    public AccountView me() {
        return accounts.me(caller.get());
    }

    /**
     * Replaces the caller's password (also the way out of a one-time password): 204. A wrong current password is a
     * 400 and counts as a failed login from this address; too many answer 429 with {@code Retry-After}.
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new InvalidRequest("body", "the request needs currentPassword and newPassword as JSON");
        }
        try {
            logins.changePassword(caller.get(), change.currentPassword(), change.newPassword(),
                    ClientAddress.of(request));
        } catch (TooManyFailures refused) {
            long seconds = Math.max(1, Duration.between(Instant.now(), refused.retryAfter()).toSeconds());
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "too-many-failures",
                    "Too many wrong passwords", "Too many wrong passwords from this address: try again in "
                            + seconds + " s.", null)).header("Retry-After", Long.toString(seconds)).build();
        }
        return Response.noContent().build();
    }
}
