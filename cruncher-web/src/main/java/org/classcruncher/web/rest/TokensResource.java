package org.classcruncher.web.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.NewToken;
import org.classcruncher.account.boundary.TokenView;
import org.classcruncher.account.boundary.Tokens;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.security.CurrentCaller;

/** The caller's personal API tokens: create one (its secret is shown once), list them, revoke one. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** The body of a token creation. */
    public record TokenRequest(String name) {
    }

    @Inject
    Tokens tokens;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<TokenView> list() {
        return tokens.list(caller.get());
    }

    /** 201 Created with the secret, which is never shown again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new InvalidRequest("name", "the request needs the token's name as JSON");
        }
        NewToken created = tokens.create(caller.get(), request.name());
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    /** Revokes the token at once: 200 with it. */
    @DELETE
    @Path("{id}")
    public TokenView revoke(@PathParam("id") String id) {
        return tokens.revoke(caller.get(), Parameters.uuid(id, shown -> new AccountNotFound("No token " + shown + ".")));
    }
}
