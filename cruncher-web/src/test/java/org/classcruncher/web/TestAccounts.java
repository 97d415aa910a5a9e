package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * The accounts the integration tests log in with, made once per test run through the API as a district admin
 * would: a school, an account of that school with a one-time password, replaced by the user, and an API token.
 * Names carry a run-unique suffix, so runs sharing a database (PostgreSQL) never collide.
 */
final class TestAccounts {

    /** The first admin's password, given to the server as cruncher.admin.initialPassword (arquillian.xml). */
    static final String ADMIN_PASSWORD = "it-admin-password-2026";
    static final String ADMIN = "admin";

    /** A logged-in school user of the tests. */
    record Account(String username, String password, String school, String token) {

        String bearer() {
            return Http.bearer(token);
        }

        String basic() {
            return Http.basic(username, password);
        }
    }

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** Per server (base URL): each test class starts its own, on a fresh H2 or on the same PostgreSQL. */
    private static final Map<String, Account> MADE = new HashMap<>();
    private static final Map<String, String> ADMIN_TOKENS = new HashMap<>();

    private TestAccounts() {
    }

    static String adminBasic() {
        return Http.basic(ADMIN, ADMIN_PASSWORD);
    }

    /** A token of the first admin. */
    static synchronized String adminBearer(URL base) {
        String token = ADMIN_TOKENS.get(base.toString());
        if (token == null || new Http(base).call("GET", "api/v1/me", Http.bearer(token), null).status() != 200) {
            // A new server at the same address with a fresh database: what was made for the old one is gone.
            MADE.keySet().removeIf(made -> made.startsWith(base + " "));
            token = token(new Http(base), adminBasic(), "admin's integration test token");
            ADMIN_TOKENS.put(base.toString(), token);
        }
        return Http.bearer(token);
    }

    /** The user of school {@code key} ("a", "b", …), made on first use. */
    static synchronized Account school(URL base, String key) {
        adminBearer(base);
        Account account = MADE.get(base + " " + key);
        if (account == null) {
            account = make(base, key);
            MADE.put(base + " " + key, account);
        }
        return account;
    }

    private static Account make(URL base, String key) {
        Http http = new Http(base);
        String school = "school-" + key + "-" + RUN;
        String username = "user-" + key + "-" + RUN;
        Http.Answer created = http.call("POST", "api/v1/schools", adminBearer(base),
                "{\"id\": \"" + school + "\", \"name\": \"School " + key.toUpperCase() + " " + RUN + "\"}");
        // 409: an earlier server of this run made it in the same database (the PostgreSQL run).
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        String oneTime = "one-time-password-" + key;
        Http.Answer account = http.call("POST", "api/v1/accounts", adminBearer(base),
                "{\"username\": \"" + username + "\", \"password\": \"" + oneTime + "\", \"role\": \"school\", "
                        + "\"schools\": [\"" + school + "\"]}");
        assertThat(account.status()).as(account.body()).isIn(201, 409);
        String password = "own-password-" + key + "-" + RUN;
        if (account.status() == 201) {
            Http.Answer changed = http.call("PUT", "api/v1/me/password", Http.basic(username, oneTime),
                    "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + password + "\"}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        }
        return new Account(username, password, school, token(http, Http.basic(username, password), "tests"));
    }

    static String token(Http http, String authorization, String name) {
        Http.Answer answer = http.call("POST", "api/v1/tokens", authorization, "{\"name\": \"" + name + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return ((JsonObject) answer.json()).getString("token");
    }
}
