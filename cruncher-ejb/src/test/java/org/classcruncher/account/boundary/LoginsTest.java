package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.LoginThrottle;
import org.classcruncher.account.control.PasswordCheckGate;
import org.classcruncher.account.control.PasswordHashing;
import org.classcruncher.account.entity.Account;
import org.classcruncher.account.entity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The structure that makes every name cost the same: one PBKDF2 check, one audit entry, no account write. */
class LoginsTest {

    /** Hashes are "hash:" + password; counts the (slow) verifications and what they were against. */
    static final class CountingHashing extends PasswordHashing {
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public boolean verify(String password, String hashed) {
            checkedAgainst.add(hashed == null ? "(decoy)" : hashed);
            return hashed != null && hashed.equals("hash:" + password);
        }

        @Override
        public String hash(String password) {
            return "hash:" + password;
        }
    }

    static final class Accounts extends AccountStore {
        final Map<String, Account> byName = new HashMap<>();
        int lookUps;

        @Override
        public Optional<Account> account(String username) {
            lookUps++;
            return Optional.ofNullable(byName.get(username));
        }
    }

    static final class Audit extends AuditLog {
        final List<String> entries = new ArrayList<>();
        final List<String> details = new ArrayList<>();

        @Override
        public void record(String actor, AuditAction action, String target, String detail) {
            entries.add(actor + " " + action + " " + target);
            details.add(detail);
        }
    }

    private final CountingHashing hashing = new CountingHashing();
    private final Accounts store = new Accounts();
    private final Audit audit = new Audit();
    private final Logins logins = new Logins();
    private Account ann;

    @BeforeEach
    void wire() {
        ann = new Account("ann", "hash:correct horse battery", Role.SCHOOL, Set.of("riverside"), false,
                Instant.parse("2026-01-01T00:00:00Z"));
        store.byName.put("ann", ann);
        logins.store = store;
        logins.passwords = hashing;
        logins.audit = audit;
        logins.throttle = new LoginThrottle(java.time.Clock.systemUTC(), 5, 15, 20, 50);
        logins.gate = new PasswordCheckGate(1);
    }

    @Test
    void aCheckThatFindsNoRoomIsAnsweredBusyWithoutALookUpACheckOrAnEntry() {
        assertThat(logins.gate.tryEnter()).as("another check is running").isTrue();

        LoginOutcome busy = logins.login("ann", "correct horse battery", "10.0.0.7");

        assertThat(busy.result()).isEqualTo(LoginOutcome.Result.BUSY);
        assertThat(store.lookUps).isZero();
        assertThat(hashing.checkedAgainst).isEmpty();
        assertThat(audit.entries).isEmpty();
        logins.gate.leave();
        assertThat(logins.login("ann", "correct horse battery", "10.0.0.7").result())
                .as("room again, and a check leaves its room").isEqualTo(LoginOutcome.Result.VALID);
        assertThat(logins.login("ann", "correct horse battery", "10.0.0.7").result())
                .isEqualTo(LoginOutcome.Result.VALID);
    }

    @Test
    void unknownKnownWrongAndLockedNamesEachTakeOneLookUpAndOneCheck() {
        logins.login("nobody", "guess", "10.0.0.66");
        logins.login("ann", "guess", "10.0.0.66");
        logins.login("ann", "correct horse battery", "10.0.0.7");
        for (int i = 0; i < 4; i++) {
            logins.login("ann", "guess " + i, "10.0.0.66");
        }
        LoginOutcome locked = logins.login("ann", "correct horse battery", "10.0.0.66");

        assertThat(locked.result()).isEqualTo(LoginOutcome.Result.LOCKED);
        assertThat(store.lookUps).isEqualTo(8);
        assertThat(hashing.checkedAgainst).hasSize(8)
                .startsWith("(decoy)", "hash:correct horse battery", "hash:correct horse battery")
                .endsWith("(decoy)");
    }

    @Test
    void anUnknownAndAKnownNameFailAlikeAndNeverWriteTheAccount() {
        LoginOutcome unknown = logins.login("nobody", "guess", "10.0.0.66");
        LoginOutcome known = logins.login("ann", "guess", "10.0.0.66");

        assertThat(known).isEqualTo(unknown);
        assertThat(audit.entries).containsExactly("nobody LOGIN_FAILED nobody", "ann LOGIN_FAILED ann");
    }

    @Test
    void recordsASuccessfulLoginWithItsAddressAndARefusedOneAsAFailure() {
        assertThat(logins.login(" Ann ", "correct horse battery", "10.0.0.7").result())
                .isEqualTo(LoginOutcome.Result.VALID);
        assertThat(audit.entries).containsExactly("ann LOGIN_SUCCEEDED ann");
        assertThat(audit.details).containsExactly("login from 10.0.0.7");

        for (int i = 0; i < 5; i++) {
            logins.login("ann", "guess " + i, "10.0.0.66");
        }
        audit.entries.clear();
        logins.login("ann", "correct horse battery", "10.0.0.66");
        assertThat(audit.entries).as("the right password while refused").containsExactly("ann LOGIN_FAILED ann");
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutElsewhere() {
        for (int i = 0; i < 10; i++) {
            logins.login("ann", "guess " + i, "10.0.0.66");
        }
        assertThat(logins.login("ann", "correct horse battery", "10.0.0.66").result())
                .isEqualTo(LoginOutcome.Result.LOCKED);
        assertThat(logins.login("ann", "correct horse battery", "10.0.0.7").result())
                .isEqualTo(LoginOutcome.Result.VALID);
        assertThat(logins.throttle.lockedUntil("ann")).isPresent();
    }

    @Test
    void checksANullOrEmptyPasswordWithoutFailing() {
        assertThat(logins.login("ann", null, "10.0.0.7").result()).isEqualTo(LoginOutcome.Result.INVALID);
        assertThat(logins.login(null, "", null).result()).isEqualTo(LoginOutcome.Result.INVALID);
        assertThat(hashing.checkedAgainst).hasSize(2);
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedLoginAndFiveRefuseTheChange() {
        Caller caller = new Caller("ann", Role.SCHOOL, Set.of("riverside"));
        for (int i = 0; i < 4; i++) {
            int attempt = i;
            assertThatThrownBy(() -> logins.changePassword(caller, "guess " + attempt, "a new long password",
                    "10.0.0.66")).isInstanceOf(org.classcruncher.problem.InvalidRequest.class)
                    .isNotInstanceOf(TooManyFailures.class);
        }
        assertThatThrownBy(() -> logins.changePassword(caller, "guess 5", "a new long password", "10.0.0.66"))
                .isInstanceOf(TooManyFailures.class);
        assertThatThrownBy(() -> logins.changePassword(caller, "correct horse battery", "a new long password",
                "10.0.0.66")).isInstanceOf(TooManyFailures.class);
        assertThat(logins.login("ann", "correct horse battery", "10.0.0.66").result())
                .as("password logins from there are refused too").isEqualTo(LoginOutcome.Result.LOCKED);

        logins.changePassword(caller, "correct horse battery", "a new long password", "10.0.0.7");
        assertThat(ann.passwordHash()).isEqualTo("hash:a new long password");
    }
}
