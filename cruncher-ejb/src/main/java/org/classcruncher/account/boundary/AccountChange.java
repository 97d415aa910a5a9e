package org.classcruncher.account.boundary;

import java.util.List;

/**
 * A district admin's change to an account; a field left out stays as it is.
 *
 * @param role     {@code school} or {@code district-admin}
 * @param schools  the ids of the schools the account belongs to
 * @param password a new one-time password (the user must change it at the next login)
 * @param unlock   {@code true} ends a lock after repeated failed logins
 */
public record AccountChange(String role, List<String> schools, String password, Boolean unlock) {
}
