package org.classcruncher.account.boundary;

/**
 * A logged-in user as one read of the account finds them: who they are, and whether they must still replace a
 * one-time password. The login mechanism reads it once per request; the request's other checks use it.
 */
public record SignedIn(Caller caller, boolean mustChangePassword) {
}
