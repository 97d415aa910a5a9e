package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<String, Account> MADE = new ConcurrentHashMap<>();
    private static String adminToken;

    private TestAccounts() {
    }

    static String adminBasic() {
        return Http.basic(ADMIN, ADMIN_PASSWORD);
    }

    /** A token of the first admin. */
    static synchronized String adminBearer(URL base) {
        if (adminToken == null) {
            adminToken = token(new Http(base), adminBasic(), "admin's integration test token");
        }
        return Http.bearer(adminToken);
    }

    /** The user of school {@code key} ("a", "b", …), made on first use. */
    static Account school(URL base, String key) {
        return MADE.computeIfAbsent(key, k -> make(base, k));
    }

    private static Account make(URL base, String key) {
        Http http = new Http(base);
        String school = "school-" + key + "-" + RUN;
        String username = "user-" + key + "-" + RUN;
        Http.Answer created = http.call("POST", "api/v1/schools", adminBearer(base),
                "{\"id\": \"" + school + "\", \"name\": \"School " + key.toUpperCase() + " " + RUN + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String oneTime = "one-time-password-" + key;
        Http.Answer account = http.call("POST", "api/v1/accounts", adminBearer(base),
                "{\"username\": \"" + username + "\", \"password\": \"" + oneTime + "\", \"role\": \"school\", "
                        + "\"schools\": [\"" + school + "\"]}");
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String password = "own-password-" + key + "-" + RUN;
        Http.Answer changed = http.call("PUT", "api/v1/me/password", Http.basic(username, oneTime),
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + password + "\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        return new Account(username, password, school, token(http, Http.basic(username, password), "tests"));
    }

    static String token(Http http, String authorization, String name) {
        Http.Answer answer = http.call("POST", "api/v1/tokens", authorization, "{\"name\": \"" + name + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return ((JsonObject) answer.json()).getString("token");
    }
}
