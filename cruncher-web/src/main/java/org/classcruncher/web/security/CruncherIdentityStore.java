package org.classcruncher.web.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.classcruncher.account.boundary.LoginOutcome;
import org.classcruncher.account.boundary.Logins;

/**
 * The identity store: accounts in the application's database, passwords checked against their PBKDF2 hashes.
 * The authentication mechanism calls {@link #validate(UsernamePasswordCredential, String)} with the client's
 * address, by which failures are counted (see {@link Logins#login}); a failed check is answered more slowly with
 * every failure in a row from that client.
 */
@ApplicationScoped
public class CruncherIdentityStore implements IdentityStore {

    /** The delay added per failed login in a row, up to {@link #MAX_DELAY_MILLIS}. */
    static final long DELAY_PER_FAILURE_MILLIS = 250;
    static final long MAX_DELAY_MILLIS = 2_000;

    @Inject
    Logins logins;

    /** Through Jakarta Security's identity store handler, which knows no client address. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return validate(credential, null);
    }

    /** Checks the credential given from {@code address} (the request's remote address). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, String address) {
        LoginOutcome outcome = logins.login(credential.getCaller(), credential.getPasswordAsString(), address);
        if (outcome.result() == LoginOutcome.Result.VALID) {
            return new CredentialValidationResult(credential.getCaller().strip().toLowerCase(),
                    Set.of(outcome.role()));
        }
        slowDown(outcome.failuresInARow());
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** How long a failed check waits before it is answered: the same for unknown, wrong and refused names. */
    static long delayMillis(int failuresInARow) {
        return Math.min(MAX_DELAY_MILLIS, DELAY_PER_FAILURE_MILLIS * Math.max(1, failuresInARow));
    }

    private static void slowDown(int failures) {
        try {
            Thread.sleep(delayMillis(failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
