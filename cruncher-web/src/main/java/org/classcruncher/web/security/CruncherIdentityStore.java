package org.classcruncher.web.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.LoginOutcome;

/**
 * The identity store: accounts in the application's database, passwords checked against their PBKDF2 hashes.
 * A wrong password is answered more slowly with every failure in a row, and the account locks after a few (see
 * {@link Accounts#login}).
 */
@ApplicationScoped
public class CruncherIdentityStore implements IdentityStore {

    /** The delay added per failed login in a row, up to {@link #MAX_DELAY_MILLIS}. */
    static final long DELAY_PER_FAILURE_MILLIS = 250;
    static final long MAX_DELAY_MILLIS = 2_000;

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.login(credential.getCaller(), credential.getPasswordAsString());
        if (outcome.result() == LoginOutcome.Result.VALID) {
            return new CredentialValidationResult(credential.getCaller().strip().toLowerCase(),
                    Set.of(outcome.role()));
        }
        slowDown(outcome.failuresInARow());
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(MAX_DELAY_MILLIS, DELAY_PER_FAILURE_MILLIS * Math.max(1, failures)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
