package org.classcruncher.account.boundary;

import java.util.List;

/**
 * What a district admin gives to create an account.
 *
 * @param username lower-case letters, digits, '.', '_' or '-', 2 to 64 characters
 * @param password at least 12 characters; the user must change it at the first login
 * @param role     {@code school} or {@code district-admin}
 * @param schools  the ids of the schools a {@code school} account belongs to (at least one)
 */
public record NewAccount(String username, String password, String role, List<String> schools) {
}
