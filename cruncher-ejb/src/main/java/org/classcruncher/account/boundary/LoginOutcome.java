package org.classcruncher.account.boundary;

import java.time.Instant;

/**
 * The answer to a password check.
 *
 * @param result             whether the login may proceed
 * @param role               the account's group name, when valid
 * @param mustChangePassword whether the password is a one-time password still to be changed
 * @param failuresInARow     failed logins since the last success (slows the next answer down)
 * @param lockedUntil        when the lock ends, when locked
 */
public record LoginOutcome(Result result, String role, boolean mustChangePassword, int failuresInARow,
                           Instant lockedUntil) {

    public enum Result { VALID, INVALID, LOCKED }

    static LoginOutcome invalid(int failures) {
        return new LoginOutcome(Result.INVALID, null, false, failures, null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, false, 0, until);
    }

    static LoginOutcome valid(String role, boolean mustChangePassword) {
        return new LoginOutcome(Result.VALID, role, mustChangePassword, 0, null);
    }
}
