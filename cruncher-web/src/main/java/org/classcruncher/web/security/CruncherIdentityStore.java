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
 * address, by which failures are counted and refused (see {@link Logins#login}). A failed check is answered at once:
 * waiting would hold a request thread, and the failures the throttle counts already refuse a guesser.
 * {@link CredentialValidationResult#NOT_VALIDATED_RESULT} means no check was made because too many were running
 * ({@link LoginOutcome.Result#BUSY}).
 */
@ApplicationScoped
public class CruncherIdentityStore implements IdentityStore {

    @Inject
    Logins logins;

    /** Through Jakarta Security's identity store handler, which knows no client address. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return validate(credential, null);
    }

    /** Checks the credential given from {@code address} (the request's remote address). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, String address) {
        LoginOutcome outcome = logins.login(credential.getCaller(), credential.getPasswordAsString(), address);
        return switch (outcome.result()) {
            case VALID -> new CredentialValidationResult(credential.getCaller().strip().toLowerCase(),
                    Set.of(outcome.role()));
            case BUSY -> CredentialValidationResult.NOT_VALIDATED_RESULT;
            case INVALID, LOCKED -> CredentialValidationResult.INVALID_RESULT;
        };
    }
}
