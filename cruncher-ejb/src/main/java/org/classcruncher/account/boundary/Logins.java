package org.classcruncher.account.boundary;

import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.LoginThrottle;
import org.classcruncher.account.control.PasswordCheckGate;
import org.classcruncher.account.control.PasswordHashing;
import org.classcruncher.account.entity.Account;
import org.classcruncher.problem.InvalidRequest;

import java.time.Instant;

/**
 * Password checks: logging in and changing one's password. Every check takes the same path whatever the name:
 * one account look-up, one PBKDF2 computation (against a decoy when there is no account or the check is
 * refused), and one audit entry, {@code LOGIN_SUCCEEDED} or {@code LOGIN_FAILED}. Failures are counted by client
 * address ({@link LoginThrottle}), never in the account's row, so no one locks another client out and nothing is
 * written only for known names.
 * <p>
 * A login holds no transaction and no pool connection while it computes the hash: the look-up reads outside a
 * transaction and each audit entry commits on its own. At most a few checks run at once ({@link PasswordCheckGate});
 * one that finds no room is answered {@link LoginOutcome.Result#BUSY} at once, without a look-up, a check or an entry.
 */
@Stateless
public class Logins {

    /** Stands for the client address when the caller knows none. */
    public static final String UNKNOWN_ADDRESS = "(unknown)";

    @Inject
    AccountStore store;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    PasswordCheckGate gate;

    /**
     * Checks a password given from {@code address} (a portal login, or an API call with HTTP Basic); too many failures
     * from there refuse the check for a while. A success is recorded as {@code LOGIN_SUCCEEDED}, with the address.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginOutcome login(String username, String password, String address) {
        if (!gate.tryEnter()) {
            return LoginOutcome.busy();
        }
        try {
            return check(username, password, address);
        } finally {
            gate.leave();
        }
    }

    private LoginOutcome check(String username, String password, String address) {
        String name = normalised(username);
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        LoginThrottle.Verdict before = throttle.check(from, name);
        Account account = store.account(name).orElse(null);
        String hash = account == null || before.refused() ? null : account.passwordHash();
        boolean matches = passwords.verify(password, hash);
        if (before.refused()) {
            // Recorded like a failure, so that a refused name costs what a wrong password costs.
            audit.record(actor(name), AuditAction.LOGIN_FAILED, cut(name, 200), cut("login refused (too many "
                    + "failures) from " + from, 1000));
            return LoginOutcome.locked(before.refusedUntil(), before.failuresInARow());
        }
        if (matches) {
            throttle.succeeded(from, name);
            audit.record(account.username(), AuditAction.LOGIN_SUCCEEDED, account.username(),
                    cut("login from " + from, 1000));
            return LoginOutcome.valid(account.role().group(), account.mustChangePassword());
        }
        return failed(from, name, "login");
    }

    /** Whether this client may not try a password for the name now, and until when. */
    public Optional<Instant> refusedUntil(String username, String address) {
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        return Optional.ofNullable(throttle.check(from, normalised(username)).refusedUntil());
    }

    /**
     * The caller changes their own password, proving they know the current one; a wrong current password counts
     * as a failed login of the account from this address.
     */
    public void changePassword(Caller caller, String current, String wanted, String address) {
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        LoginThrottle.Verdict before = throttle.check(from, caller.username());
        Account account = store.account(caller.username())
                .orElseThrow(() -> new AccountNotFound("No account " + caller.username() + "."));
        boolean matches = passwords.verify(current, before.refused() ? null : account.passwordHash());
        if (before.refused()) {
            throw new TooManyFailures("currentPassword", before.refusedUntil());
        }
        if (current == null || !matches) {
            LoginOutcome outcome = failed(from, caller.username(), "password change");
            if (outcome.result() == LoginOutcome.Result.LOCKED) {
                throw new TooManyFailures("currentPassword", outcome.lockedUntil());
            }
            throw new InvalidRequest("currentPassword", "the current password is wrong");
        }
        throttle.succeeded(from, caller.username());
        String password = Accounts.validPassword("newPassword", wanted);
        if (password.equals(current)) {
            throw new InvalidRequest("newPassword", "the new password must differ from the current one");
        }
        account.changePassword(passwords.hash(password), false);
        audit.record(caller.username(), AuditAction.PASSWORD_CHANGED, caller.username(), null);
    }

    /** Counts and records a failure, the same for every name, known or not. */
    private LoginOutcome failed(String address, String name, String what) {
        LoginThrottle.Verdict after = throttle.failed(address, name);
        audit.record(actor(name), AuditAction.LOGIN_FAILED, cut(name, 200), cut(what + " from " + address, 1000));
        if (after.refused()) {
            audit.record(AuditLog.SERVER, AuditAction.ACCOUNT_LOCKED, cut(name, 200),
                    cut("password checks from " + address + " refused until " + after.refusedUntil(), 1000));
            return LoginOutcome.locked(after.refusedUntil(), after.failuresInARow());
        }
        return LoginOutcome.invalid(after.failuresInARow());
    }

    private static String actor(String name) {
        return name.isEmpty() ? "(no name)" : cut(name, 64);
    }

    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
