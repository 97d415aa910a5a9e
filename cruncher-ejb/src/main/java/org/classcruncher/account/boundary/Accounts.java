package org.classcruncher.account.boundary;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.LoginThrottle;
import org.classcruncher.account.control.PasswordHashing;
import org.classcruncher.account.control.LiveTokens;
import org.classcruncher.account.control.RandomPasswords;
import org.classcruncher.account.control.TokenStore;
import org.classcruncher.account.entity.Account;
import org.classcruncher.account.entity.Role;
import org.classcruncher.account.entity.School;
import org.classcruncher.problem.InvalidRequest;

/**
 * Accounts and schools: knowing who calls, and the district admin's management of both. The REST API, the portal
 * and the login mechanism all call this; password checks are in {@link Logins}.
 */
@Stateless
public class Accounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern SCHOOL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;

    @Inject
    AccountStore store;

    @Inject
    TokenStore tokens;

    @Inject
    LiveTokens liveTokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    private final Clock clock = Clock.systemUTC();

    /** Who this logged-in user is now: role and schools as the database says. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Caller caller(String username) {
        return signedIn(username).caller();
    }

    /** Who this logged-in user is now, and whether a one-time password is still to be replaced: one read. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SignedIn signedIn(String username) {
        Account account = store.account(username)
                .orElseThrow(() -> new AccountNotFound("No account " + username + "."));
        return new SignedIn(new Caller(account.username(), account.role(), account.schools()),
                account.mustChangePassword());
    }

    /** Whether the user still has a one-time password to replace. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return store.account(username).map(Account::mustChangePassword).orElse(false);
    }

    /** The caller's own account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountView me(Caller caller) {
        return view(existing(caller.username()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountView> list(Caller caller) {
        caller.requireDistrictAdmin("list accounts");
        return store.accounts().stream().map(this::view).toList();
    }

    public AccountView create(Caller caller, NewAccount request) {
        caller.requireDistrictAdmin("create accounts");
        if (request == null) {
            throw new InvalidRequest("body", "the request needs an account as JSON");
        }
        String username = validUsername(request.username());
        if (store.account(username).isPresent()) {
            throw new AlreadyExists("An account " + username + " already exists.");
        }
        Role role = validRole(request.role());
        Set<String> schools = validSchools(role, request.schools());
        Account account = new Account(username, passwords.hash(validPassword("password", request.password())), role,
                schools, true, clock.instant());
        store.add(account);
        audit.record(caller.username(), AuditAction.ACCOUNT_CREATED, username, role.group() + " " + schools);
        return view(account);
    }

    /**
     * Creates an account whose one-time password the server makes (as for a reset): the admin invents none, and it
     * is shown once. {@code request}'s password is ignored.
     */
    public OneTimePassword createWithOneTimePassword(Caller caller, NewAccount request) {
        if (request == null) {
            throw new InvalidRequest("body", "the request needs an account as JSON");
        }
        String password = RandomPasswords.oneTime();
        AccountView created = create(caller, new NewAccount(request.username(), password, request.role(),
                request.schools()));
        return new OneTimePassword(created.username(), password);
    }

    /** A school id made from a school's name ("St Mary's Primary" → "st-mary-s-primary"), for the admin to keep or edit. */
    public static String schoolIdFor(String name) {
        String id = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (id.length() > 64) {
            id = id.substring(0, 64).replaceAll("-+$", "");
        }
        return id.length() < 2 ? "" : id;
    }

    public AccountView change(Caller caller, String username, AccountChange change) {
        caller.requireDistrictAdmin("change accounts");
        if (change == null) {
            throw new InvalidRequest("body", "the request needs the changes as JSON");
        }
        Account account = existing(username);
        Role role = change.role() == null ? account.role() : validRole(change.role());
        Set<String> schools = validSchools(role, change.schools() == null ? account.schools() : change.schools());
        if (account.role() == Role.DISTRICT_ADMIN && role != Role.DISTRICT_ADMIN) {
            requireAnotherAdmin(account);
        }
        if (role != account.role() || !schools.equals(account.schools())) {
            account.assign(role, schools);
        }
        if (change.password() != null) {
            account.changePassword(passwords.hash(validPassword("password", change.password())), true);
        }
        if (Boolean.TRUE.equals(change.unlock())) {
            throttle.release(account.username());
        }
        audit.record(caller.username(), AuditAction.ACCOUNT_CHANGED, username, role.group() + " " + schools
                + (change.password() != null ? ", new one-time password" : "")
                + (Boolean.TRUE.equals(change.unlock()) ? ", unlocked" : ""));
        return view(account);
    }

    /**
     * Gives the account a new random one-time password, answered once for the admin to pass on; the user must replace
     * it at the next login. Also ends every lock of the name after failed logins, so the user can log in with it at
     * once. An admin changes their own password themselves, knowing the current one.
     */
    public OneTimePassword resetPassword(Caller caller, String username) {
        caller.requireDistrictAdmin("reset passwords");
        Account account = existing(username);
        if (account.username().equals(caller.username())) {
            throw new NotPermitted("An admin changes their own password on the password page, not by a reset.");
        }
        String password = RandomPasswords.oneTime();
        account.changePassword(passwords.hash(password), true);
        throttle.release(account.username());
        audit.record(caller.username(), AuditAction.PASSWORD_RESET, account.username(), "new one-time password");
        return new OneTimePassword(account.username(), password);
    }

    public void delete(Caller caller, String username) {
        caller.requireDistrictAdmin("delete accounts");
        Account account = existing(username);
        if (account.username().equals(caller.username())) {
            throw new NotPermitted("An admin cannot delete their own account.");
        }
        if (account.role() == Role.DISTRICT_ADMIN) {
            requireAnotherAdmin(account);
        }
        tokens.removeAllOf(account.username());
        liveTokens.forgetUser(account.username());
        store.remove(account);
        audit.record(caller.username(), AuditAction.ACCOUNT_DELETED, username, null);
    }

    /** The schools the caller may plan for: all of them for a district admin. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SchoolView> schools(Caller caller) {
        return store.schools().stream()
                .filter(school -> caller.mayActFor(school.id()))
                .map(school -> new SchoolView(school.id(), school.name()))
                .toList();
    }

    public SchoolView createSchool(Caller caller, SchoolView request) {
        caller.requireDistrictAdmin("create schools");
        if (request == null) {
            throw new InvalidRequest("body", "the request needs a school as JSON");
        }
        if (request.id() == null || !SCHOOL_ID.matcher(request.id()).matches()) {
            throw new InvalidRequest("id", "a school id has 2 to 64 lower-case letters, digits or '-', e.g. riverside");
        }
        String name = validSchoolName(request.name());
        if (store.school(request.id()).isPresent()) {
            throw new AlreadyExists("A school " + request.id() + " already exists.");
        }
        store.add(new School(request.id(), name, clock.instant()));
        audit.record(caller.username(), AuditAction.SCHOOL_CREATED, request.id(), name);
        return new SchoolView(request.id(), name);
    }

    /**
     * Gives a school a new name; its id, accounts, solves and inputs stay as they are (a solve keeps the name it was
     * submitted with). An unknown id, or one not shaped like a school id, is "not found".
     */
    public SchoolView renameSchool(Caller caller, String schoolId, String newName) {
        caller.requireDistrictAdmin("rename schools");
        School school = (schoolId != null && SCHOOL_ID.matcher(schoolId).matches()
                ? store.school(schoolId) : Optional.<School>empty())
                .orElseThrow(() -> new AccountNotFound("No such school."));
        String name = validSchoolName(newName);
        if (!name.equals(school.name())) {
            String old = school.name();
            school.rename(name);
            audit.record(caller.username(), AuditAction.SCHOOL_RENAMED, school.id(), "from '" + old + "' to '"
                    + name + "'");
        }
        return new SchoolView(school.id(), name);
    }

    /**
     * Creates the first district admin when there is no account at all; answers whether it did. With no
     * configured password the given one is a one-time password, to be changed at the first login.
     */
    public boolean createFirstAdmin(String username, String password, boolean oneTime) {
        if (store.accountCount() > 0) {
            return false;
        }
        store.add(new Account(username, passwords.hash(password), Role.DISTRICT_ADMIN, Set.of(), oneTime,
                clock.instant()));
        audit.record(AuditLog.SERVER, AuditAction.ACCOUNT_CREATED, username, "first district admin");
        return true;
    }

    private AccountView view(Account account) {
        return AccountView.of(account, throttle.lockedUntil(account.username()).orElse(null));
    }

    private Account existing(String username) {
        return store.account(username).orElseThrow(() -> new AccountNotFound("No account " + username + "."));
    }

    private void requireAnotherAdmin(Account leaving) {
        boolean another = store.accounts().stream()
                .anyMatch(other -> other.role() == Role.DISTRICT_ADMIN && !other.username().equals(leaving.username()));
        if (!another) {
            throw new NotPermitted("The district needs at least one district admin.");
        }
    }

    private static String validSchoolName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidRequest("name", "a school needs a name of 1 to 200 characters");
        }
        return name.strip();
    }

    private static String validUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidRequest("username",
                    "a user name has 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    static String validPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidRequest(field, "a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    private static Role validRole(String role) {
        try {
            return Role.ofGroup(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("role", "the role is school or district-admin");
        }
    }

    private Set<String> validSchools(Role role, Collection<String> schools) {
        if (schools != null && schools.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRequest("schools", "a school id cannot be null");
        }
        Set<String> ids = schools == null ? Set.of() : Set.copyOf(schools);
        if (role == Role.SCHOOL && ids.isEmpty()) {
            throw new InvalidRequest("schools", "a school account belongs to at least one school");
        }
        for (String id : ids) {
            if (store.school(id).isEmpty()) {
                throw new InvalidRequest("schools", "there is no school " + id);
            }
        }
        return ids;
    }
}
