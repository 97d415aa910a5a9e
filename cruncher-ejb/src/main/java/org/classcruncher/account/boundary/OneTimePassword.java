package org.classcruncher.account.boundary;

/**
 * A password the server made for an account after an admin's reset: shown once to the admin, who passes it on; the
 * user must replace it at the next login. Never stored or logged as it is.
 *
 * @param username the account
 * @param password the one-time password
 */
public record OneTimePassword(String username, String password) {

    @Override
    public String toString() {
        return "OneTimePassword[username=" + username + ", password=(hidden)]";
    }
}
