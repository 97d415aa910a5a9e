package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.LoginThrottle;
import org.classcruncher.account.control.PasswordHashing;
import org.classcruncher.account.entity.Account;
import org.classcruncher.account.entity.Role;
import org.classcruncher.account.entity.School;
import org.classcruncher.problem.InvalidRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The district admin's changes to accounts and schools, with the stores in memory. */
class AccountsTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    static final class Store extends AccountStore {
        final Map<String, Account> accounts = new TreeMap<>();
        final Map<String, School> schools = new TreeMap<>();

        @Override
        public Optional<Account> account(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public List<Account> accounts() {
            return List.copyOf(accounts.values());
        }

        @Override
        public Optional<School> school(String id) {
            return Optional.ofNullable(schools.get(id));
        }

        @Override
        public List<School> schools() {
            return List.copyOf(schools.values());
        }
    }

    static final class Audit extends AuditLog {
        final List<String> entries = new ArrayList<>();

        @Override
        public void record(String actor, AuditAction action, String target, String detail) {
            entries.add(actor + " " + action + " " + target + (detail == null ? "" : " " + detail));
        }
    }

    static final class Hashing extends PasswordHashing {
        @Override
        public String hash(String password) {
            return "hash:" + password;
        }
    }

    private final Store store = new Store();
    private final Audit audit = new Audit();
    private final Accounts accounts = new Accounts();
    private final Caller dora = new Caller("dora", Role.DISTRICT_ADMIN, Set.of());
    private final Caller ann = new Caller("ann", Role.SCHOOL, Set.of("riverside"));

    @BeforeEach
    void wire() {
        store.schools.put("riverside", new School("riverside", "Riverside Primary", CREATED));
        store.schools.put("hillside", new School("hillside", "Hillside", CREATED));
        store.accounts.put("dora", new Account("dora", "hash:dora's own", Role.DISTRICT_ADMIN, Set.of(), false,
                CREATED));
        store.accounts.put("ann", new Account("ann", "hash:ann's own", Role.SCHOOL, Set.of("riverside"), false,
                CREATED));
        accounts.store = store;
        accounts.audit = audit;
        accounts.passwords = new Hashing();
        accounts.throttle = new LoginThrottle(Clock.systemUTC(), 5, 15, 20, 50);
    }

    @Test
    void renamesASchoolKeepingItsIdAndRecordsTheOldAndNewName() {
        SchoolView renamed = accounts.renameSchool(dora, "riverside", "  Riverside Academy ");

        assertThat(renamed).isEqualTo(new SchoolView("riverside", "Riverside Academy"));
        assertThat(store.schools.get("riverside").name()).isEqualTo("Riverside Academy");
        assertThat(audit.entries).containsExactly(
                "dora SCHOOL_RENAMED riverside from 'Riverside Primary' to 'Riverside Academy'");
    }

    @Test
    void recordsNothingWhenTheNameStaysTheSame() {
        assertThat(accounts.renameSchool(dora, "hillside", "Hillside").name()).isEqualTo("Hillside");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void refusesABlankOrTooLongSchoolNameNamingTheField() {
        for (String name : new String[] {null, "", "   ", "n".repeat(201)}) {
            assertThatThrownBy(() -> accounts.renameSchool(dora, "riverside", name))
                    .isInstanceOf(InvalidRequest.class)
                    .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("name");
        }
        assertThat(store.schools.get("riverside").name()).isEqualTo("Riverside Primary");
    }

    @Test
    void anUnknownOrMisshapenSchoolIsNotFound() {
        for (String id : new String[] {"nowhere", "../riverside", "RIVERSIDE", null}) {
            assertThatThrownBy(() -> accounts.renameSchool(dora, id, "Anything"))
                    .isInstanceOf(AccountNotFound.class);
        }
    }

    @Test
    void onlyADistrictAdminRenamesSchoolsOrResetsPasswords() {
        assertThatThrownBy(() -> accounts.renameSchool(ann, "riverside", "Mine now"))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> accounts.resetPassword(ann, "dora")).isInstanceOf(NotPermitted.class);
        assertThat(store.accounts.get("dora").passwordHash()).isEqualTo("hash:dora's own");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void resetsAPasswordToARandomOneTimePasswordAndEndsTheLocksOfTheName() {
        for (int i = 0; i < 5; i++) {
            accounts.throttle.failed("10.0.0.66", "ann");
        }
        assertThat(accounts.throttle.lockedUntil("ann")).isPresent();

        OneTimePassword reset = accounts.resetPassword(dora, "ann");

        Account account = store.accounts.get("ann");
        assertThat(reset.username()).isEqualTo("ann");
        assertThat(reset.password()).hasSizeGreaterThanOrEqualTo(Accounts.MIN_PASSWORD);
        assertThat(reset.toString()).doesNotContain(reset.password());
        assertThat(account.passwordHash()).isEqualTo("hash:" + reset.password());
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(accounts.throttle.lockedUntil("ann")).isEmpty();
        assertThat(audit.entries).containsExactly("dora PASSWORD_RESET ann new one-time password");
        assertThat(accounts.resetPassword(dora, "ann").password()).isNotEqualTo(reset.password());
    }

    @Test
    void anAdminDoesNotResetTheirOwnPasswordNorAnUnknownAccounts() {
        assertThatThrownBy(() -> accounts.resetPassword(dora, "dora")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> accounts.resetPassword(dora, "nobody")).isInstanceOf(AccountNotFound.class);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void changesRoleAndSchoolsButNeverDemotesTheLastDistrictAdmin() {
        assertThatThrownBy(() -> accounts.change(dora, "dora", new AccountChange("school", List.of("riverside"),
                null, null)))
                .isInstanceOf(NotPermitted.class)
                .hasMessageContaining("at least one district admin");
        assertThat(store.accounts.get("dora").role()).isEqualTo(Role.DISTRICT_ADMIN);

        AccountView promoted = accounts.change(dora, "ann", new AccountChange("district-admin", List.of(), null,
                null));
        assertThat(promoted.role()).isEqualTo("district-admin");
        AccountView demoted = accounts.change(dora, "dora", new AccountChange("school",
                List.of("riverside", "hillside"), null, null));
        assertThat(demoted.role()).isEqualTo("school");
        assertThat(demoted.schools()).containsExactly("hillside", "riverside");
    }

    @Test
    void refusesASchoolAccountWithoutASchoolNamingTheField() {
        assertThatThrownBy(() -> accounts.change(dora, "ann", new AccountChange(null, List.of(), null, null)))
                .isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("schools");
        assertThat(store.accounts.get("ann").schools()).containsExactly("riverside");
    }
}
