package org.classcruncher.account.boundary;

import java.time.Instant;

/**
 * The answer to a password check.
 *
 * @param result             whether the login may proceed
 * @param role               the account's group name, when valid
 * @param mustChangePassword whether the password is a one-time password still to be changed
 * @param failuresInARow     this client's failed logins of the name in a row (slows the answer down)
 * @param lockedUntil        when this client may try again, when locked
 */
public record LoginOutcome(Result result, String role, boolean mustChangePassword, int failuresInARow,
                           Instant lockedUntil) {

    /** BUSY: too many checks were running; none was made, and the client may try again in a moment. */
    public enum Result { VALID, INVALID, LOCKED, BUSY }

    static LoginOutcome busy() {
        return new LoginOutcome(Result.BUSY, null, false, 0, null);
    }

    static LoginOutcome invalid(int failures) {
        return new LoginOutcome(Result.INVALID, null, false, failures, null);
    }

    static LoginOutcome locked(Instant until, int failures) {
        return new LoginOutcome(Result.LOCKED, null, false, failures, until);
    }

    static LoginOutcome valid(String role, boolean mustChangePassword) {
        return new LoginOutcome(Result.VALID, role, mustChangePassword, 0, null);
    }
}
