package org.classcruncher.account.boundary;

import java.time.Instant;
import java.util.List;

import org.classcruncher.account.entity.Account;

/**
 * An account as the API and the portal show it: never its password hash.
 *
 * @param username           the login name
 * @param role               {@code school} or {@code district-admin}
 * @param schools            the ids of the schools it belongs to, sorted
 * @param mustChangePassword whether it still has a one-time password
 * @param lockedUntil        when the latest lock after repeated failed logins (from some client address) ends,
 *                           if one holds
 * @param createdAt          when it was created
 */
public record AccountView(String username, String role, List<String> schools, boolean mustChangePassword,
                          Instant lockedUntil, Instant createdAt) {

    static AccountView of(Account account, Instant lockedUntil) {
        return new AccountView(account.username(), account.role().group(),
                account.schools().stream().sorted().toList(), account.mustChangePassword(), lockedUntil,
                account.createdAt());
    }
}
