package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.web.TestAccounts.Account;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins, roles and school isolation, black box: the built WAR on a real Payara Micro, called over HTTP as
 * scripts and browsers call it, by nobody, by two school users and by the district admin.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private static final String SMALL_SCHOOL = """
            {"name": "%s", "teachers": 6, "minSubclassSize": 5,
             "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                        {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                        {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
             "composites": [{"grades": ["K", "1"]}]}
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.shipped();
    }

    @ArquillianResource
    URL base;

    private static String school(String name) {
        return SMALL_SCHOOL.formatted(name);
    }

    /**
     * What a red team found answered 500 (issue 21): instants beyond what the database holds, and an adjust page whose
     * plan parameter is no number. Now 400 with a problem document naming the field, and the page's "no such plan";
     * the server's log stays free of errors (logsNoErrorThatNoTestProvoked).
     */
    @Test
    void answersFarDatesAndPlanParametersThatAreNoNumberWithoutA5xx() {
        Http http = new Http(base);
        String admin = TestAccounts.adminBearer(base);
        for (String path : List.of("api/v1/solves?from=-1000000000-01-01T00:00:00Z",
                "api/v1/solves?from=%2B999999999-12-31T23:59:59Z", "api/v1/audit?from=-1000000000-01-01T00:00:00Z",
                "api/v1/audit?to=%2B999999999-12-31T23:59:59Z")) {
            Http.Answer answer = http.call("GET", path, admin, null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(((JsonObject) answer.json()).getString("field")).as(path).isIn("from", "to");
            assertThat(answer.header("Server")).as("no Server header naming the product").isNull();
        }
        Account a = TestAccounts.school(base, "a");
        Http.Answer submitted = http.call("POST", "api/v1/solves", a.bearer(), school("Parameters"));
        assertThat(submitted.status()).isEqualTo(202);
        String id = ((JsonObject) submitted.json()).getString("id");
        PortalSession browser = PortalSession.login(base, a.username(), a.password());
        for (String plan : List.of("abc", "1.5", "2147483648", "-1", "99")) {
            Http.Answer page = browser.call("GET", "adjust.xhtml?id=" + id + "&plan=" + plan, null);
            assertThat(page.status()).as(plan).isEqualTo(200);
            assertThat(page.body()).as(plan).contains("There is no such plan to adjust.");
        }
        assertThat(browser.call("GET", "solve.xhtml?id=" + id + "&saved=abc", null).status()).isEqualTo(200);

        // Grades from a spreadsheet that drop a grade an allowed composite holds: 400 naming it, no EJB system error.
        String inputs = "api/v1/schools/" + a.school() + "/inputs";
        assertThat(http.call("PUT", inputs, a.bearer(), school("Composite K/1")).status()).isEqualTo(200);
        Http.Answer dropped = http.call("PUT", inputs + ".csv", a.bearer(), "text/csv",
                "grade,children,min_class_size,max_class_size\n1,57,10,25\n2,21,10,25\n");
        assertThat(dropped.status()).as(dropped.body()).isEqualTo(400);
        assertThat(dropped.header("Content-Type")).startsWith("application/problem+json");
        assertThat(dropped.body()).contains("composites");
    }

    /**
     * The plan adjuster's form posted with another school's solve id in the address (issue 21: a 500): the page stays,
     * saying the solve is not found, and nothing is saved to the other school's solve.
     */
    @Test
    void refusesAnAdjustFormPostedWithAnotherSchoolsSolveWithoutA5xx() {
        Http http = new Http(base);
        Account a = TestAccounts.school(base, "a");
        Account b = TestAccounts.school(base, "b");
        String own = idOf(http.call("POST", "api/v1/solves", a.bearer(), school("Own")));
        String other = idOf(http.call("POST", "api/v1/solves", b.bearer(), school("Other")));
        waitUntilSolved(http, a.bearer(), own);
        waitUntilSolved(http, b.bearer(), other);
        int plans = ((JsonObject) http.call("GET", "api/v1/solves/" + other, b.bearer(), null).json())
                .getJsonArray("plans").size();
        try (PortalPage portal = PortalPage.loggedIn(base, a.username(), a.password())) {
            portal.go(base, "adjust.xhtml?id=" + own + "&plan=1");
            assertThat(portal.enabled("adjust:save")).isTrue();
            portal.script("var form = document.getElementById('adjust');"
                    + "form.action = form.action + (form.action.indexOf('?') < 0 ? '?' : '&') + 'id=" + other + "';");
            portal.click("adjust:save");
            assertThat(portal.currentPath()).isEqualTo("/adjust.xhtml");
            assertThat(portal.pageText()).contains("No solve has the id " + other);
        }
        assertThat(((JsonObject) http.call("GET", "api/v1/solves/" + other, b.bearer(), null).json())
                .getJsonArray("plans")).hasSize(plans);
    }

    /**
     * A file larger than a school's spreadsheet could be, uploaded to the plan form (issue 21: 17 MiB answered 500):
     * refused with a page that says why, whether the browser sends its length or sends it chunked.
     */
    @Test
    void refusesAnUploadTooLargeForASpreadsheetWithoutA5xx() {
        Account a = TestAccounts.school(base, "a");
        PortalSession browser = PortalSession.login(base, a.username(), a.password());
        byte[] huge = "K,30,10,25\n".repeat(1_700_000).getBytes(StandardCharsets.UTF_8);
        for (boolean chunked : new boolean[] {false, true}) {
            Http.Answer answer = browser.postFile("index.xhtml", "plan:csvFile", "school.csv", huge, chunked);
            assertThat(answer.status()).as("chunked: " + chunked + " " + answer.body()).isEqualTo(chunked ? 411 : 413);
            assertThat(answer.body()).contains(chunked ? "must state its length" : "The file is too large: 17.8 MiB")
                    .contains("at most 256 KB");
        }
        assertThat(browser.call("GET", "index.xhtml", null).status()).as("the session goes on").isEqualTo(200);
    }

    /**
     * What the container refuses before the API sees it (issue 21: an encoded slash answered 403 in HTML, PATCH 501 in
     * HTML): a 4xx problem document for an API call, whatever the path or method. A NUL or a backslash in the path and TRACE are
     * refused by the HTTP listener before any application is chosen: a 4xx with an empty body, nothing of the server
     * named.
     */
    @Test
    void answersPathsAndMethodsTheContainerRefusesWithProblemDocuments() {
        Http http = new Http(base);
        String token = TestAccounts.school(base, "a").bearer();
        List<String[]> calls = List.of(new String[] {"GET", "api/v1/solves/a%2Fb"},
                new String[] {"PATCH", "api/v1/solves"},
                new String[] {"PATCH", "api/v1/me"}, new String[] {"PATCH", "api/v1/no-such-path"},
                new String[] {"PUT", "api/v1/plugins"});
        List<String[]> beforeTheApplication = List.of(new String[] {"GET", "api/v1/solves/%00"},
                new String[] {"GET", "api/v1/solves/a%5Cb"}, new String[] {"TRACE", "api/v1/solves"});
        List<String> wrong = new ArrayList<>();
        for (String authorization : new String[] {token, null}) {
            for (String[] call : calls) {
                Http.Answer answer = http.call(call[0], call[1], authorization, null);
                String type = answer.header("Content-Type");
                if (answer.status() < 400 || answer.status() >= 500 || type == null
                        || !type.startsWith("application/problem+json")) {
                    wrong.add(call[0] + " " + call[1] + (authorization == null ? " (anonymous)" : "") + ": "
                            + answer.status() + " " + type + " " + answer.body().substring(0,
                            Math.min(120, answer.body().length())));
                }
            }
            for (String[] call : beforeTheApplication) {
                Http.Answer answer = http.call(call[0], call[1], authorization, null);
                if (answer.status() < 400 || answer.status() >= 500 || !answer.body().isEmpty()) {
                    wrong.add(call[0] + " " + call[1] + ": " + answer.status() + " " + answer.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A school's inputs keep their newest 100 versions, read a page at a time (issue 21: 5,000 versions, 66 MiB). */
    @Test
    void keepsAHundredVersionsOfASchoolsInputsAndReadsThemAPageAtATime() {
        Http http = new Http(base);
        // A school of its own: the other tests' schools keep their first versions.
        Account a = TestAccounts.school(base, "versions");
        String inputs = "api/v1/schools/" + a.school() + "/inputs";
        for (int version = 1; version <= 105; version++) {
            assertThat(http.call("PUT", inputs, a.bearer(), school("Version " + version)).status()).isEqualTo(200);
        }
        List<JsonObject> kept = ((JsonArray) http.call("GET", inputs + "/versions?size=100", a.bearer(), null).json())
                .getValuesAs(JsonObject.class);
        assertThat(kept).hasSize(100);
        assertThat(kept.get(0).getInt("version")).isEqualTo(105);
        assertThat(kept.get(99).getInt("version")).isEqualTo(6);
        assertThat(((JsonArray) http.call("GET", inputs + "/versions", a.bearer(), null).json())).hasSize(20);
        assertThat(((JsonArray) http.call("GET", inputs + "/versions?page=1&size=100", a.bearer(), null).json()))
                .isEmpty();
        assertThat(http.call("GET", inputs + "/versions/5", a.bearer(), null).status()).isEqualTo(404);
        Http.Answer tooMany = http.call("GET", inputs + "/versions?size=101", a.bearer(), null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(((JsonObject) tooMany.json()).getString("field")).isEqualTo("size");
    }

    @Test
    void answersEachEndpointAsTheCallersRoleAllows() {
        Http http = new Http(base);
        TestAccounts.Account a = TestAccounts.school(base, "a");
        TestAccounts.Account b = TestAccounts.school(base, "b");
        String admin = TestAccounts.adminBearer(base);
        String solveOfA = idOf(http.call("POST", "api/v1/solves", a.bearer(), school("Matrix A")));
        waitUntilSolved(http, a.bearer(), solveOfA);
        String batchOfA = idOf(http.call("POST", "api/v1/batches", a.bearer(),
                "{\"schools\": [" + school("Matrix batch A") + "]}"));
        String unique = TestAccounts.RUN + "-" + System.nanoTime() % 100_000;

        // endpoint -> expected status for: nobody, school A, school B, district admin
        Map<String[], int[]> matrix = new LinkedHashMap<>();
        matrix.put(new String[] {"GET", "api/v1/solves", null}, new int[] {401, 200, 200, 200});
        matrix.put(new String[] {"POST", "api/v1/solves", school("Matrix")}, new int[] {401, 202, 202, 202});
        matrix.put(new String[] {"GET", "api/v1/solves/" + solveOfA, null}, new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"GET", "api/v1/solves/" + solveOfA + "/plan.csv", null},
                new int[] {401, 200, 404, 200});
        // A plan's exports, its rule check and an adjusted plan (one child in one class: checked, then refused).
        for (String export : List.of("plan.pdf", "comparison.pdf", "plans.csv", "classes.csv", "plans/1")) {
            matrix.put(new String[] {"GET", "api/v1/solves/" + solveOfA + "/" + export, null},
                    new int[] {401, 200, 404, 200});
        }
        String oneChild = "{\"classes\": [{\"subclasses\": [{\"grade\": \"K\", \"children\": 1}]}]}";
        matrix.put(new String[] {"POST", "api/v1/solves/" + solveOfA + "/plans/check", oneChild},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"POST", "api/v1/solves/" + solveOfA + "/plans", oneChild},
                new int[] {401, 422, 404, 422});
        matrix.put(new String[] {"POST", "api/v1/batches", "{\"schools\": [" + school("Matrix batch") + "]}"},
                new int[] {401, 202, 202, 202});
        matrix.put(new String[] {"GET", "api/v1/batches/" + batchOfA, null}, new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"GET", "api/v1/plugins", null}, new int[] {401, 200, 200, 200});
        matrix.put(new String[] {"POST", "api/v1/plugins/rescan", ""}, new int[] {401, 403, 403, 200});
        matrix.put(new String[] {"GET", "api/v1/me", null}, new int[] {401, 200, 200, 200});
        matrix.put(new String[] {"GET", "api/v1/schools", null}, new int[] {401, 200, 200, 200});
        matrix.put(new String[] {"POST", "api/v1/schools", "{\"id\": \"m-" + unique + "\", \"name\": \"Matrix\"}"},
                new int[] {401, 403, 403, 201});
        matrix.put(new String[] {"PUT", "api/v1/schools/m-" + unique, "{\"name\": \"Matrix renamed\"}"},
                new int[] {401, 403, 403, 200});
        matrix.put(new String[] {"GET", "api/v1/accounts", null}, new int[] {401, 403, 403, 200});
        matrix.put(new String[] {"POST", "api/v1/accounts", "{\"username\": \"m-" + unique + "\", \"password\": "
                + "\"a-one-time-password\", \"role\": \"district-admin\"}"}, new int[] {401, 403, 403, 201});
        matrix.put(new String[] {"GET", "api/v1/tokens", null}, new int[] {401, 200, 200, 200});
        matrix.put(new String[] {"GET", "api/v1/audit", null}, new int[] {401, 403, 403, 200});
        matrix.put(new String[] {"GET", "metrics?scope=application", null}, new int[] {401, 403, 403, 200});
        // A school's inputs: its own users and district admins only (another school's are "not found").
        matrix.put(new String[] {"PUT", "api/v1/schools/" + a.school() + "/inputs", school("Matrix inputs")},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"GET", "api/v1/schools/" + a.school() + "/inputs", null},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"GET", "api/v1/schools/" + a.school() + "/inputs.csv", null},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"POST", "api/v1/solves/" + solveOfA + "/replan", "{\"teachers\": 5}"},
                new int[] {401, 202, 404, 202});
        matrix.put(new String[] {"GET", "api/v1/schools/" + a.school() + "/inputs/versions", null},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"GET", "api/v1/schools/" + a.school() + "/inputs/versions/1", null},
                new int[] {401, 200, 404, 200});
        matrix.put(new String[] {"POST", "api/v1/solves/" + solveOfA + "/sweep?from=5&to=5", null},
                new int[] {401, 202, 404, 202});
        matrix.put(new String[] {"DELETE", "api/v1/solves/" + solveOfA, null}, new int[] {401, -1, 404, 200});

        List<String> wrong = new ArrayList<>();
        String[] callers = {null, a.bearer(), b.bearer(), admin};
        String[] names = {"nobody", "school A", "school B", "district admin"};
        matrix.forEach((call, expected) -> {
            // Nobody first and B before A, so that A's cancel is what the admin then finds finished.
            for (int who : new int[] {0, 2, 1, 3}) {
                Http.Answer answer = http.call(call[0], call[1], callers[who], call[2]);
                boolean ok = expected[who] == -1 ? answer.status() == 200 || answer.status() == 202
                        : answer.status() == expected[who];
                if (!ok) {
                    wrong.add(call[0] + " " + call[1] + " as " + names[who] + ": " + answer.status() + " "
                            + answer.body());
                }
                // The metrics are Payara's own servlet: its refusals are Payara's error page, not the API's problems.
                if (answer.status() >= 400 && !call[1].startsWith("metrics")) {
                    assertThat(answer.header("Content-Type")).as(call[0] + " " + call[1] + " as " + names[who])
                            .startsWith("application/problem+json");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void neverShowsOneSchoolTheSolvesOfAnother() {
        Http http = new Http(base);
        TestAccounts.Account a = TestAccounts.school(base, "a");
        TestAccounts.Account b = TestAccounts.school(base, "b");
        String marker = "Isolation " + TestAccounts.RUN;
        String solveOfA = idOf(http.call("POST", "api/v1/solves", a.bearer(), school(marker + " A")));
        String solveOfB = idOf(http.call("POST", "api/v1/solves", b.bearer(), school(marker + " B")));

        assertThat(http.call("GET", "api/v1/solves/" + solveOfA, b.bearer(), null).status()).isEqualTo(404);
        assertThat(http.call("DELETE", "api/v1/solves/" + solveOfA, b.bearer(), null).status()).isEqualTo(404);
        assertThat(http.call("GET", "api/v1/solves/" + solveOfA, a.bearer(), null).status()).isEqualTo(200);
        assertThat(listedSchools(http, b.bearer(), marker)).containsOnly(b.school());
        assertThat(listedSchools(http, a.bearer(), marker)).containsOnly(a.school());
        assertThat(listedSchools(http, TestAccounts.adminBearer(base), marker)).contains(a.school(), b.school());
        assertThat(http.call("GET", "api/v1/solves?size=200", b.bearer(), null).body())
                .doesNotContain(solveOfA).contains(solveOfB);
        // Naming another school when submitting is refused, naming the field.
        Http.Answer foreign = http.call("POST", "api/v1/solves?school=" + a.school(), b.bearer(), school("Foreign"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(((JsonObject) foreign.json()).getString("field")).isEqualTo("school");
        // The schools list shows each user their own.
        assertThat(http.call("GET", "api/v1/schools", b.bearer(), null).body()).contains(b.school())
                .doesNotContain(a.school());
    }

    @Test
    void createsUsesAndRevokesAPersonalToken() {
        Http http = new Http(base);
        TestAccounts.Account a = TestAccounts.school(base, "a");
        Http.Answer created = http.call("POST", "api/v1/tokens", a.basic(), "{\"name\": \"nightly script\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject token = (JsonObject) created.json();
        assertThat(token.getString("token")).startsWith("cct_").hasSizeGreaterThan(40);

        assertThat(http.call("GET", "api/v1/me", Http.bearer(token.getString("token")), null).status()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/tokens", a.bearer(), null).body())
                .contains("nightly script").doesNotContain(token.getString("token"));
        // Another user cannot revoke it, and cannot learn that it exists.
        assertThat(http.call("DELETE", "api/v1/tokens/" + token.getString("id"),
                TestAccounts.school(base, "b").bearer(), null).status()).isEqualTo(404);

        Http.Answer revoked = http.call("DELETE", "api/v1/tokens/" + token.getString("id"), a.bearer(), null);
        assertThat(revoked.status()).isEqualTo(200);
        Http.Answer refused = http.call("GET", "api/v1/me", Http.bearer(token.getString("token")), null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("Bearer");
        assertThat(((JsonObject) refused.json()).getString("detail")).contains("unknown or revoked");
    }

    @Test
    void refusesChangesThroughTheApiWithTheSessionCookieAloneButLetsItRead() {
        TestAccounts.Account a = TestAccounts.school(base, "a");
        PortalSession browser = PortalSession.login(base, a.username(), a.password());

        assertThat(browser.call("GET", "api/v1/me", null).status()).isEqualTo(200);
        Http.Answer forged = browser.call("POST", "api/v1/solves", school("Forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(((JsonObject) forged.json()).getString("type")).endsWith("cookie-not-accepted");
        assertThat(browser.call("GET", "index.xhtml", null).status()).isEqualTo(200);
        assertThat(browser.call("GET", "accounts.xhtml", null).status()).isEqualTo(403);

        PortalSession admin = PortalSession.login(base, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        assertThat(admin.call("GET", "accounts.xhtml", null).status()).isEqualTo(200);
        assertThat(admin.call("GET", "audit.xhtml", null).status()).isEqualTo(200);
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPageAndScriptsA401() {
        Http http = new Http(base);
        for (String page : List.of("", "index.xhtml", "solves.xhtml", "accounts.xhtml")) {
            Http.Answer answer = http.call("GET", page, null, null);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).contains("/login.xhtml");
        }
        assertThat(http.call("GET", "login.xhtml", null, null).status()).isEqualTo(200);
        Http.Answer api = http.call("GET", "api/v1/solves", null, null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).contains("Basic");
        assertThat(http.call("GET", "api/v1/me", Http.basic("nobody-" + TestAccounts.RUN, "wrong password"), null)
                .status()).isEqualTo(401);
    }

    @Test
    void answersHealthAndTheApiDescriptionWithoutALogin() throws Exception {
        Http http = new Http(base);
        Http.Answer health = http.call("GET", "health", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonObject report = (JsonObject) health.json();
        assertThat(report.getString("status")).isEqualTo("UP");
        // Payara's MicroProfile Health serves the application's checks, in no set order, every figure as a string.
        List<JsonObject> checks = report.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertThat(checks).extracting(check -> check.getString("name") + " " + check.getString("status"))
                .containsExactlyInAnyOrder("database UP", "glpk UP", "node UP");
        // This node and the members of the service: the nodes whose heartbeat was seen within a lease, this one too.
        JsonObject node = checks.stream().filter(check -> check.getString("name").equals("node")).findFirst()
                .orElseThrow().getJsonObject("data");
        assertThat(node.getString("members").split(",")).contains(node.getString("node"));
        assertThat(node.getString("slots")).isEqualTo("2");
        assertThat(http.call("GET", "health/ready", null, null).status()).isEqualTo(200);
        // A monitor that sends a stale token still gets the health: it needs no login, so no login is tried.
        assertThat(http.call("GET", "health", "Bearer cct_stale", null).status()).isEqualTo(200);

        Http.Answer openApi = http.call("GET", "openapi", null, null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(documentedOperations(openApi.body())).containsAll(serverOperations(http));
        // A program's mistake on these endpoints is answered as one on the API is: a problem document, not a page.
        for (String[] wrong : new String[][] {{"DELETE", "health"}, {"PUT", "openapi"}}) {
            Http.Answer refused = http.call(wrong[0], wrong[1], null, null);
            assertThat(refused.status()).as(wrong[0] + " " + wrong[1]).isEqualTo(405);
            assertThat(refused.header("Content-Type")).as(wrong[0] + " " + wrong[1]).startsWith("application/problem+json");
        }
    }

    /** "GET /api/v1/solves/{id}" and so on, from the OpenAPI document's paths. */
    private static List<String> documentedOperations(String yaml) {
        List<String> operations = new ArrayList<>();
        String path = null;
        for (String line : yaml.split("\n")) {
            java.util.regex.Matcher pathLine = java.util.regex.Pattern.compile("^  (/\\S*):$").matcher(line);
            java.util.regex.Matcher methodLine = java.util.regex.Pattern
                    .compile("^    (get|post|put|patch|delete):").matcher(line);
            if (pathLine.find()) {
                path = pathLine.group(1);
            } else if (methodLine.find() && path != null) {
                operations.add(methodLine.group(1).toUpperCase() + " " + path);
            } else if (!line.startsWith(" ")) {
                path = null;
            }
        }
        return operations;
    }

    /** Every resource method the server has, from Jersey's WADL (itself behind the login). */
    private List<String> serverOperations(Http http) throws Exception {
        Http.Answer wadl = http.call("GET", "api/v1/application.wadl", TestAccounts.adminBearer(base), null);
        assertThat(wadl.status()).isEqualTo(200);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(wadl.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> operations = new ArrayList<>();
        org.w3c.dom.NodeList resources = document.getElementsByTagNameNS("*", "resources");
        for (int i = 0; i < resources.getLength(); i++) {
            collect((org.w3c.dom.Element) resources.item(i), "/api/v1", operations);
        }
        operations.removeIf(operation -> operation.endsWith("application.wadl"));
        assertThat(operations).hasSizeGreaterThan(15);
        return operations;
    }

    private static void collect(org.w3c.dom.Element element, String path, List<String> operations) {
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element inner) {
                if ("resource".equals(inner.getLocalName())) {
                    String part = inner.getAttribute("path").replaceAll("^/+|/+$", "");
                    collect(inner, part.isEmpty() ? path : path + "/" + part, operations);
                } else if ("method".equals(inner.getLocalName())) {
                    operations.add(inner.getAttribute("name") + " " + path);
                }
            }
        }
    }

    @Test
    void putsSecurityHeadersOnEveryResponse() {
        Http http = new Http(base);
        TestAccounts.Account a = TestAccounts.school(base, "a");
        List<Http.Answer> answers = List.of(http.call("GET", "login.xhtml", null, null),
                http.call("GET", "index.xhtml", null, null),
                http.call("GET", "api/v1/solves", null, null),
                http.call("GET", "api/v1/solves", a.bearer(), null),
                http.call("GET", "api/v1/solves/no-such-solve", a.bearer(), null),
                http.call("GET", "jakarta.faces.resource/css/cruncher.css.xhtml", null, null));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        });
        assertThat(answers.get(3).header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(answers.get(0).header("Content-Security-Policy")).as("the portal's").doesNotContain("unsafe-eval");
        assertThat(answers.get(0).header("Set-Cookie")).as("the session cookie").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(answers.get(3).header("Cache-Control")).isEqualTo("no-store");
        assertThat(answers.get(5).status()).isEqualTo(200);
        assertThat(answers.get(5).header("Cache-Control")).as("static resources may be cached").isNotEqualTo("no-store");
    }

    @Test
    void sendsAFormWithAnExpiredViewStateBackToItsPageSayingSoWithTheSecurityHeaders() {
        TestAccounts.Account a = TestAccounts.school(base, "a");
        PortalSession browser = PortalSession.login(base, a.username(), a.password());
        // A view state the server does not have: the page was open too long, or the server restarted.
        String stateless = "1234567890:987654321";

        Http.Answer stale = browser.postForm("index.xhtml", Map.of("school", "school",
                "school:submit", "Plan classes", "jakarta.faces.ViewState", stateless));
        Http.Answer staleLogin = new Http(base).send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(PortalSession.form(Map.of("login", "login",
                        "login:username", a.username(), "login:password", a.password(), "login:submit", "Log in",
                        "jakarta.faces.ViewState", stateless))))
                .build());

        for (Http.Answer answer : List.of(stale, staleLogin)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(302);
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
        assertThat(stale.header("Location")).endsWith("/index.xhtml?expired=true");
        assertThat(staleLogin.header("Location")).endsWith("/login.xhtml?expired=true");
        Http.Answer again = browser.call("GET", "index.xhtml?expired=true", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Your page had expired; please try again.");
        assertThat(again.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void holdsANewAccountToItsOneTimePasswordUntilChanged() {
        Http http = new Http(base);
        String username = "newcomer-" + TestAccounts.RUN;
        Http.Answer created = http.call("POST", "api/v1/accounts", TestAccounts.adminBearer(base),
                "{\"username\": \"" + username + "\", \"password\": \"one-time-password\", \"role\": \"school\", "
                        + "\"schools\": [\"" + TestAccounts.school(base, "a").school() + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String oneTime = Http.basic(username, "one-time-password");

        Http.Answer held = http.call("GET", "api/v1/solves", oneTime, null);
        assertThat(held.status()).isEqualTo(403);
        assertThat(((JsonObject) held.json()).getString("type")).endsWith("password-change-required");
        assertThat(((JsonObject) http.call("GET", "api/v1/me", oneTime, null).json())
                .getBoolean("mustChangePassword")).isTrue();

        Http.Answer weak = http.call("PUT", "api/v1/me/password", oneTime,
                "{\"currentPassword\": \"one-time-password\", \"newPassword\": \"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(((JsonObject) weak.json()).getString("field")).isEqualTo("newPassword");
        assertThat(http.call("PUT", "api/v1/me/password", oneTime,
                "{\"currentPassword\": \"one-time-password\", \"newPassword\": \"a much better password\"}")
                .status()).isEqualTo(204);
        assertThat(http.call("GET", "api/v1/solves", Http.basic(username, "a much better password"), null).status())
                .isEqualTo(200);
        assertThat(http.call("GET", "api/v1/solves", oneTime, null).status()).isEqualTo(401);
    }

    @Test
    void recordsWhoDidWhatInTheAuditLog() {
        Http http = new Http(base);
        TestAccounts.Account a = TestAccounts.school(base, "a");
        // The seed model searches this school for minutes: the cancel always finds it unfinished.
        String solve = idOf(http.call("POST", "api/v1/solves", a.bearer(), Schools.json("district-044")
                .replaceFirst("\\{", "{\"options\": {\"formulation\": \"seed\", \"timeLimitSeconds\": 120, "
                        + "\"alternatives\": 1},")));
        assertThat(http.call("DELETE", "api/v1/solves/" + solve, a.bearer(), null).status()).isEqualTo(202);
        String exported = idOf(http.call("POST", "api/v1/solves", a.bearer(), school("Exported")));
        waitUntilSolved(http, a.bearer(), exported);
        assertThat(http.call("GET", "api/v1/solves/" + exported + "/plan.csv?rank=2", a.bearer(), null).status())
                .isEqualTo(200);

        JsonArray entries = (JsonArray) http.call("GET", "api/v1/audit?size=500", TestAccounts.adminBearer(base), null)
                .json();
        List<String> lines = entries.getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("actor") + " " + entry.getString("action") + " "
                        + entry.getString("target", ""))
                .toList();
        assertThat(lines).contains(a.username() + " SOLVE_SUBMITTED " + solve, "admin ACCOUNT_CREATED " + a.username(),
                "admin SCHOOL_CREATED " + a.school(), a.username() + " PASSWORD_CHANGED " + a.username());
        assertThat(lines).anyMatch(line -> line.startsWith(a.username() + " TOKEN_CREATED "))
                .contains(a.username() + " PLAN_EXPORTED " + exported);
        assertThat(lines).contains(a.username() + " SOLVE_CANCELLED " + solve);
    }

    @Test
    void logsInAndOutInTheBrowser() {
        TestAccounts.Account a = TestAccounts.school(base, "a");
        try (PortalPage portal = PortalPage.open(base)) {
            assertThat(portal.currentPath()).isEqualTo("/login.xhtml");
            portal.login(a.username(), a.password());
            assertThat(portal.currentPath()).isIn("/", "/index.xhtml");
            assertThat(portal.text("session:user")).isEqualTo(a.username());
            assertThat(portal.text("navAccounts")).isEmpty();

            portal.logout();
            assertThat(portal.currentPath()).isEqualTo("/login.xhtml");
            assertThat(portal.text("loggedOut")).isNotEmpty();
            portal.go(base, "solves.xhtml");
            assertThat(portal.currentPath()).isEqualTo("/login.xhtml");
        }
    }

    @Test
    void refusesAWrongPasswordAndLocksTheAccountAfterRepeatedFailures() {
        Http http = new Http(base);
        String username = "unlucky-" + TestAccounts.RUN;
        assertThat(http.call("POST", "api/v1/accounts", TestAccounts.adminBearer(base),
                "{\"username\": \"" + username + "\", \"password\": \"one-time-password\", \"role\": \"district-admin\"}")
                .status()).isEqualTo(201);
        try (PortalPage portal = PortalPage.open(base)) {
            portal.login(username, "wrong password");
            assertThat(portal.text("login:messages")).isEqualTo("Wrong user name or password.");
            for (int attempt = 2; attempt <= 5; attempt++) {
                portal.login(username, "wrong password " + attempt);
            }
            assertThat(portal.text("login:messages")).startsWith("This account is locked after repeated failed logins");

            portal.login(username, "one-time-password");
            assertThat(portal.currentPath()).isEqualTo("/login.xhtml");
            assertThat(portal.text("login:messages")).startsWith("This account is locked");
        }
        assertThat(http.call("GET", "api/v1/me", Http.basic(username, "one-time-password"), null).status())
                .isEqualTo(401);
        Http.Answer unlocked = http.call("PATCH", "api/v1/accounts/" + username, TestAccounts.adminBearer(base),
                "{\"unlock\": true}");
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/me", Http.basic(username, "one-time-password"), null).status())
                .isEqualTo(200);
    }

    @Test
    void wrongBasicPasswordsRefuseThatClientsPasswordLoginsButNotItsTokenAndAnUnlockEndsIt() {
        Http http = new Http(base);
        Account user = freshAccount("targeted");
        // All test clients share 127.0.0.1: the refusal is of this address, the token must still work.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(http.call("GET", "api/v1/me", Http.basic(user.username(), "wrong " + attempt), null).status())
                    .isEqualTo(401);
        }
        Http.Answer refused = http.call("GET", "api/v1/me", user.basic(), null);
        assertThat(refused.status()).as("the right password from the failing address").isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.call("GET", "api/v1/me", user.bearer(), null).status()).as("a token").isEqualTo(200);

        JsonArray listed = (JsonArray) http.call("GET", "api/v1/accounts", TestAccounts.adminBearer(base), null).json();
        assertThat(listed.getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("username").equals(user.username()))
                .map(account -> account.containsKey("lockedUntil") && !account.isNull("lockedUntil")))
                .containsExactly(true);

        Http.Answer unlocked = http.call("PATCH", "api/v1/accounts/" + user.username(), TestAccounts.adminBearer(base),
                "{\"unlock\": true}");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/me", user.basic(), null).status()).isEqualTo(200);
    }

    @Test
    void throttlesGuessesOfTheCurrentPasswordLikeLogins() {
        Http http = new Http(base);
        Account user = freshAccount("guessed");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Http.Answer wrong = http.call("PUT", "api/v1/me/password", user.bearer(),
                    "{\"currentPassword\": \"guess " + attempt + "\", \"newPassword\": \"another long password\"}");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(((JsonObject) wrong.json()).getString("field")).isEqualTo("currentPassword");
        }
        Http.Answer fifth = http.call("PUT", "api/v1/me/password", user.bearer(),
                "{\"currentPassword\": \"guess 5\", \"newPassword\": \"another long password\"}");
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.header("Retry-After")).isNotBlank();
        Http.Answer right = http.call("PUT", "api/v1/me/password", user.bearer(),
                "{\"currentPassword\": \"" + user.password() + "\", \"newPassword\": \"another long password\"}");
        assertThat(right.status()).as("refused without a check while locked").isEqualTo(429);
        assertThat(http.call("GET", "api/v1/me", user.basic(), null).status()).as("password logins too")
                .isEqualTo(401);

        assertThat(http.call("PATCH", "api/v1/accounts/" + user.username(), TestAccounts.adminBearer(base),
                "{\"unlock\": true}").status()).isEqualTo(200);
        assertThat(http.call("PUT", "api/v1/me/password", user.bearer(),
                "{\"currentPassword\": \"" + user.password() + "\", \"newPassword\": \"another long password\"}")
                .status()).isEqualTo(204);
    }

    @Test
    void revokedTokensDoNotCountAgainstTheCapOfFifty() {
        Http http = new Http(base);
        Account user = freshAccount("many-tokens");
        List<String> ids = new ArrayList<>();
        // The account already holds one token (freshAccount's).
        for (int i = 2; i <= 50; i++) {
            Http.Answer created = http.call("POST", "api/v1/tokens", user.bearer(), "{\"name\": \"script " + i + "\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(((JsonObject) created.json()).getString("id"));
        }
        assertThat(http.call("POST", "api/v1/tokens", user.bearer(), "{\"name\": \"one too many\"}").status())
                .isEqualTo(403);
        assertThat(http.call("DELETE", "api/v1/tokens/" + ids.get(0), user.bearer(), null).status()).isEqualTo(200);
        assertThat(http.call("POST", "api/v1/tokens", user.bearer(), "{\"name\": \"after a revocation\"}").status())
                .isEqualTo(201);
    }

    @Test
    void answersTwentyFourThreadsSharingOneTokenWithoutAServerError() throws Exception {
        Account a = TestAccounts.school(base, "a");
        Http http = new Http(base, java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(24);
        List<java.util.concurrent.Future<List<Integer>>> results = new ArrayList<>();
        for (int thread = 0; thread < 24; thread++) {
            results.add(threads.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int call = 0; call < 40; call++) {
                    statuses.add(http.call("GET", call % 2 == 0 ? "api/v1/me" : "api/v1/tokens", a.bearer(), null)
                            .status());
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<List<Integer>> result : results) {
            statuses.addAll(result.get(5, java.util.concurrent.TimeUnit.MINUTES));
        }
        threads.shutdown();
        assertThat(statuses).hasSize(960).containsOnly(200);
    }

    @Test
    void aLoginFloodNeitherHoldsTheServerNorDelaysATokenUsersCallPastASecond() throws Exception {
        Account flooder = freshAccount("flood");
        Account tokenUser = TestAccounts.school(base, "a");
        // The right password: wrong ones would lock the test clients' shared address out of password logins.
        java.util.concurrent.ExecutorService flood = java.util.concurrent.Executors.newFixedThreadPool(32);
        java.util.concurrent.atomic.AtomicBoolean flooding = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.Queue<Integer> floodStatuses = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicReference<Http.Answer> refused = new java.util.concurrent.atomic.AtomicReference<>();
        List<java.util.concurrent.Future<?>> senders = new ArrayList<>();
        for (int sender = 0; sender < 32; sender++) {
            Http own = new Http(base);
            senders.add(flood.submit(() -> {
                while (flooding.get()) {
                    Http.Answer answer = own.call("GET", "api/v1/me", flooder.basic(), null);
                    floodStatuses.add(answer.status());
                    if (answer.status() == 429) {
                        refused.compareAndSet(null, answer);
                    }
                }
            }));
        }
        List<Long> tokenCallMillis = new ArrayList<>();
        try {
            Http user = new Http(base);
            while (floodStatuses.size() < 64) {
                Thread.sleep(50);
            }
            for (int call = 0; call < 20; call++) {
                long start = System.nanoTime();
                assertThat(user.call("GET", "api/v1/me", tokenUser.bearer(), null).status()).isEqualTo(200);
                tokenCallMillis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(100);
            }
        } finally {
            flooding.set(false);
            flood.shutdown();
        }
        for (java.util.concurrent.Future<?> sender : senders) {
            sender.get(1, java.util.concurrent.TimeUnit.MINUTES);
        }

        assertThat(tokenCallMillis).as("a token user's calls through the flood, ms: %s", tokenCallMillis).allMatch(millis -> millis < 1_000);
        assertThat(floodStatuses).as("checked, or refused at once for want of room").containsOnly(200, 429)
                .contains(200, 429);
        assertThat(refused.get().header("Retry-After")).isEqualTo("1");
        assertThat(refused.get().header("Content-Type")).startsWith("application/problem+json");
        assertThat(((JsonObject) refused.get().json()).getString("type")).isEqualTo("urn:class-cruncher:problem:busy");
    }

    @Test
    void rendersAsManyExportsAtOnceAsItMayAndAnswersTheRestBusy() throws Exception {
        Account a = TestAccounts.school(base, "a");
        StringBuilder grades = new StringBuilder();
        for (int grade = 0; grade <= 12; grade++) {
            grades.append(grade == 0 ? "" : ", ").append("{\"grade\": \"").append(grade == 0 ? "K" : grade)
                    .append("\", \"children\": 600, \"minClassSize\": 10, \"maxClassSize\": 25}");
        }
        SolveResult large = new SolvesApi(base, a.bearer()).submitAndWait("{\"name\": \"Exports\", \"teachers\": 312, "
                + "\"minSubclassSize\": 5, \"grades\": [" + grades + "], \"options\": {\"alternatives\": 1}}");
        assertThat(large.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(large.plans().get(0).classes()).hasSize(312);

        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(24);
        List<java.util.concurrent.Future<Http.Answer>> exports = new ArrayList<>();
        for (int client = 0; client < 24; client++) {
            Http own = new Http(base);
            exports.add(clients.submit(() -> own.call("GET", "api/v1/solves/" + large.id() + "/plan.pdf", a.bearer(),
                    null)));
        }
        List<Http.Answer> answers = new ArrayList<>();
        for (java.util.concurrent.Future<Http.Answer> export : exports) {
            answers.add(export.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        clients.shutdown();

        assertThat(answers).extracting(Http.Answer::status).containsOnly(200, 429).contains(200, 429);
        answers.stream().filter(answer -> answer.status() == 200)
                .forEach(pdf -> assertThat(pdf.body()).startsWith("%PDF"));
        answers.stream().filter(answer -> answer.status() == 429).forEach(busy -> {
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(((JsonObject) busy.json()).getString("type")).isEqualTo("urn:class-cruncher:problem:busy");
        });
        assertThat(new Http(base).call("GET", "api/v1/solves/" + large.id() + "/plan.pdf", a.bearer(), null).status())
                .as("one at a time, every export is rendered").isEqualTo(200);
        JsonArray exported = (JsonArray) new Http(base).call("GET", "api/v1/audit?action=PLAN_EXPORTED&size=500",
                TestAccounts.adminBearer(base), null).json();
        assertThat(exported.getValuesAs(JsonObject.class).stream()
                .filter(entry -> large.id().equals(entry.getString("target", null))).count())
                .as("exports recorded: the rendered ones, not the refused")
                .isEqualTo(answers.stream().filter(answer -> answer.status() == 200).count() + 1);
    }

    /** A new school account of school A, its one-time password replaced, with one API token. */
    private Account freshAccount(String prefix) {
        Http http = new Http(base);
        String username = prefix + "-" + TestAccounts.RUN;
        Http.Answer created = http.call("POST", "api/v1/accounts", TestAccounts.adminBearer(base),
                "{\"username\": \"" + username + "\", \"password\": \"one-time-password\", \"role\": \"school\", "
                        + "\"schools\": [\"" + TestAccounts.school(base, "a").school() + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String password = "own-password-" + TestAccounts.RUN;
        assertThat(http.call("PUT", "api/v1/me/password", Http.basic(username, "one-time-password"),
                "{\"currentPassword\": \"one-time-password\", \"newPassword\": \"" + password + "\"}").status())
                .isEqualTo(204);
        return new Account(username, password, TestAccounts.school(base, "a").school(),
                TestAccounts.token(http, Http.basic(username, password), "fresh"));
    }

    @Test
    void showsASchoolNamedLikeAScriptAsText() {
        TestAccounts.Account a = TestAccounts.school(base, "a");
        String name = "<script>alert(1)</script>";
        String solve = idOf(new Http(base).call("POST", "api/v1/solves", a.bearer(), school(name.replace("\"", "\\\""))));
        try (PortalPage portal = PortalPage.loggedIn(base, a.username(), a.password())) {
            portal.go(base, "solve.xhtml?id=" + solve);
            portal.waitForFinishedStatus();
            assertThat(portal.alertShown()).isFalse();
            assertThat(portal.pageText()).contains(name);
            portal.go(base, "solves.xhtml");
            assertThat(portal.alertShown()).isFalse();
            assertThat(portal.pageText()).contains(name);
        }
    }

    @Test
    void letsADistrictAdminRenameASchoolKeepingItsIdAndNoOneElse() {
        Http http = new Http(base);
        String admin = TestAccounts.adminBearer(base);
        Account a = TestAccounts.school(base, "a");
        java.time.Instant before = java.time.Instant.now().minusSeconds(2);
        String id = "rn-" + TestAccounts.RUN + "-" + System.nanoTime() % 100_000;
        assertThat(http.call("POST", "api/v1/schools", admin, "{\"id\": \"" + id + "\", \"name\": \"Old name\"}")
                .status()).isEqualTo(201);

        Http.Answer refused = http.call("PUT", "api/v1/schools/" + a.school(), a.bearer(), "{\"name\": \"Taken over\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        Http.Answer renamed = http.call("PUT", "api/v1/schools/" + id, admin, "{\"name\": \"  New name \"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(((JsonObject) renamed.json()).getString("id")).isEqualTo(id);
        assertThat(((JsonObject) renamed.json()).getString("name")).isEqualTo("New name");
        assertThat(((JsonArray) http.call("GET", "api/v1/schools", admin, null).json()).getValuesAs(JsonObject.class))
                .filteredOn(school -> school.getString("id").equals(id))
                .extracting(school -> school.getString("name")).containsExactly("New name");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("{\"name\": \"  \"}", "name");
        bad.put("{\"name\": \"" + "n".repeat(201) + "\"}", "name");
        bad.put("{\"id\": \"another-school\", \"name\": \"Another\"}", "id");
        bad.forEach((body, field) -> {
            Http.Answer answer = http.call("PUT", "api/v1/schools/" + id, admin, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(((JsonObject) answer.json()).getString("field")).as(body).isEqualTo(field);
        });
        assertThat(http.call("PUT", "api/v1/schools/no-such-" + id, admin, "{\"name\": \"X\"}").status())
                .isEqualTo(404);
        assertThat(http.call("PUT", "api/v1/schools/NOT%20AN%20ID", admin, "{\"name\": \"X\"}").status())
                .isEqualTo(404);

        List<JsonObject> renames = ((JsonArray) http.call("GET", "api/v1/audit?action=SCHOOL_RENAMED&from=" + before,
                admin, null).json()).getValuesAs(JsonObject.class);
        assertThat(renames).filteredOn(entry -> id.equals(entry.getString("target", null)))
                .extracting(entry -> entry.getString("actor") + " " + entry.getString("detail"))
                .containsExactly("admin from 'Old name' to 'New name'");
    }

    @Test
    void filtersTheAuditLogOnTheServerByActorActionAndTime() {
        Http http = new Http(base);
        String admin = TestAccounts.adminBearer(base);
        java.time.Instant before = java.time.Instant.now().minusSeconds(2);
        // Made by the admin; the user then changes the one-time password and creates a token, each with HTTP Basic.
        Account user = freshAccount("audited");

        Http.Answer mine = http.call("GET", "api/v1/audit?actor=" + user.username().toUpperCase(), admin, null);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        List<JsonObject> entries = ((JsonArray) mine.json()).getValuesAs(JsonObject.class);
        assertThat(entries).extracting(entry -> entry.getString("actor")).containsOnly(user.username());
        assertThat(entries).extracting(entry -> entry.getString("action"))
                .contains("LOGIN_SUCCEEDED", "PASSWORD_CHANGED", "TOKEN_CREATED");
        assertThat(mine.header("X-Total-Count")).isEqualTo(String.valueOf(entries.size()));

        // Newest first, a page at a time, the total on every page.
        Http.Answer second = http.call("GET", "api/v1/audit?size=1&page=1&actor=" + user.username(), admin, null);
        assertThat(((JsonArray) second.json()).getValuesAs(JsonObject.class)).containsExactly(entries.get(1));
        assertThat(second.header("X-Total-Count")).isEqualTo(String.valueOf(entries.size()));

        List<JsonObject> logins = ((JsonArray) http.call("GET", "api/v1/audit?action=login_succeeded&actor="
                + user.username(), admin, null).json()).getValuesAs(JsonObject.class);
        assertThat(logins).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(entry.getString("target")).isEqualTo(user.username());
            assertThat(entry.getString("detail")).startsWith("login from ");
        });

        List<JsonObject> created = ((JsonArray) http.call("GET", "api/v1/audit?action=ACCOUNT_CREATED&from=" + before,
                admin, null).json()).getValuesAs(JsonObject.class);
        assertThat(created).extracting(entry -> entry.getString("actor") + " " + entry.getString("target"))
                .contains("admin " + user.username());
        assertThat(created).allSatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("ACCOUNT_CREATED");
            assertThat(java.time.Instant.parse(entry.getString("at"))).isAfterOrEqualTo(before);
        });
        Http.Answer earlier = http.call("GET", "api/v1/audit?actor=" + user.username() + "&to=" + before, admin, null);
        assertThat(((JsonArray) earlier.json()).getValuesAs(JsonObject.class)).isEmpty();
        assertThat(earlier.header("X-Total-Count")).isEqualTo("0");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("audit?action=NOT_AN_ACTION", "action");
        bad.put("audit?from=yesterday", "from");
        bad.put("audit?to=2026-13-01T00:00:00Z", "to");
        bad.put("audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to");
        bad.put("audit?actor=" + "x".repeat(65), "actor");
        bad.put("audit?size=501", "size");
        bad.forEach((query, field) -> {
            Http.Answer answer = http.call("GET", "api/v1/" + query, admin, null);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(((JsonObject) answer.json()).getString("field")).as(query).isEqualTo(field);
        });
        assertThat(((JsonObject) http.call("GET", "api/v1/audit?action=NOT_AN_ACTION", admin, null).json())
                .getString("detail")).as("lists the actions").contains("LOGIN_SUCCEEDED", "SCHOOL_RENAMED");
    }

    @Test
    void recordsEveryPasswordLoginButNoCallWithAToken() {
        Http http = new Http(base);
        String admin = TestAccounts.adminBearer(base);
        Account user = freshAccount("logs-in");
        String logins = "api/v1/audit?action=LOGIN_SUCCEEDED&actor=" + user.username();
        long before = totalOf(http, admin, logins);

        assertThat(http.call("GET", "api/v1/me", user.bearer(), null).status()).isEqualTo(200);
        assertThat(totalOf(http, admin, logins)).as("a call with a token is not a login").isEqualTo(before);
        assertThat(http.call("GET", "api/v1/me", user.basic(), null).status()).isEqualTo(200);
        assertThat(totalOf(http, admin, logins)).as("HTTP Basic checks the password").isEqualTo(before + 1);
        PortalSession.login(base, user.username(), user.password());
        assertThat(totalOf(http, admin, logins)).as("the portal's login page").isEqualTo(before + 2);
        JsonObject newest = ((JsonArray) http.call("GET", logins, admin, null).json()).getJsonObject(0);
        assertThat(newest.getString("target")).isEqualTo(user.username());
        assertThat(newest.getString("detail")).startsWith("login from ");
    }

    /** How many audit entries the query matches in all (its X-Total-Count). */
    private static long totalOf(Http http, String authorization, String path) {
        Http.Answer answer = http.call("GET", path, authorization, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return Long.parseLong(answer.header("X-Total-Count"));
    }

    /**
     * The admin's page in the browser: an account's role and schools changed (a school account with no school refused
     * next to the field), its password reset to a one-time password shown once, a school renamed, the audit log
     * filtered by the admin showing all three; then the user logs in with the one-time password and must change it.
     */
    @Test
    void letsAnAdminChangeAnAccountResetItsPasswordAndRenameASchoolInThePortal() {
        Http http = new Http(base);
        String admin = TestAccounts.adminBearer(base);
        Account a = TestAccounts.school(base, "a");
        Account b = TestAccounts.school(base, "b");
        String username = "edited-" + TestAccounts.RUN;
        assertThat(http.call("POST", "api/v1/accounts", admin, "{\"username\": \"" + username + "\", \"password\": "
                + "\"one-time-password\", \"role\": \"district-admin\"}").status()).isEqualTo(201);
        String school = "portal-rename-" + TestAccounts.RUN;
        String oldName = "Before " + TestAccounts.RUN;
        String newName = "After " + TestAccounts.RUN;
        assertThat(http.call("POST", "api/v1/schools", admin, "{\"id\": \"" + school + "\", \"name\": \"" + oldName
                + "\"}").status()).isEqualTo(201);

        String oneTime;
        try (PortalPage portal = PortalPage.loggedIn(base, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)) {
            portal.go(base, "accounts.xhtml");
            portal.clickInRow(username, "Edit");
            assertThat(portal.value("edit:role")).isEqualTo("district-admin");

            portal.choose("edit:role", "school");
            portal.click("edit:save");
            assertThat(portal.messageNextTo("edit:schools")).contains("at least one school");
            portal.tick("edit:schools", a.school());
            portal.tick("edit:schools", b.school());
            portal.click("edit:save");
            assertThat(portal.text("messages")).contains("Account " + username + " changed: school");
            portal.screenshot("admin-1-role-and-schools-changed");

            portal.click("edit:resetPassword");
            oneTime = portal.text("oneTimePassword");
            assertThat(oneTime).hasSize(16);
            portal.screenshot("admin-2-one-time-password-shown-once");

            portal.choose("renameSchool:school", oldName);
            portal.click("renameSchool:rename");
            assertThat(portal.messageNextTo("renameSchool:name")).contains("1 to 200 characters");
            assertThat(portal.text("oneTimePassword")).as("shown once").isEmpty();
            portal.fill("renameSchool:name", newName);
            portal.click("renameSchool:rename");
            assertThat(portal.text("messages")).contains("School " + school + " is now called " + newName);
            assertThat(portal.texts("[id='schools:list'] td")).contains(newName).doesNotContain(oldName);
            portal.screenshot("admin-3-school-renamed");

            portal.go(base, "audit.xhtml");
            portal.fill("filter:actor", TestAccounts.ADMIN);
            portal.click("filter:apply");
            assertThat(portal.texts(".audit-actor")).isNotEmpty().containsOnly(TestAccounts.ADMIN);
            List<String> actions = portal.texts(".audit-action");
            List<String> targets = portal.texts(".audit-target");
            assertThat(java.util.stream.IntStream.range(0, actions.size()).mapToObj(i -> actions.get(i) + " "
                    + targets.get(i))).contains("ACCOUNT_CHANGED " + username, "PASSWORD_RESET " + username,
                    "SCHOOL_RENAMED " + school);
            portal.screenshot("admin-4-audit-log-of-the-admin");

            portal.logout();
            portal.login(username, oneTime);
            assertThat(portal.currentPath()).isEqualTo("/password.xhtml");
            assertThat(portal.pageText()).contains("one-time password");
            portal.screenshot("admin-5-user-must-change-the-one-time-password");
            portal.fill("password:current", oneTime);
            portal.fill("password:wanted", "chosen by " + username);
            portal.fill("password:repeated", "chosen by " + username);
            portal.click("password:submit");
            assertThat(portal.currentPath()).isIn("/", "/index.xhtml");
            assertThat(portal.text("navAccounts")).as("a school account now").isEmpty();
        }
        JsonObject account = ((JsonArray) http.call("GET", "api/v1/accounts", admin, null).json())
                .getValuesAs(JsonObject.class).stream()
                .filter(listed -> listed.getString("username").equals(username))
                .findFirst().orElseThrow();
        assertThat(account.getString("role")).isEqualTo("school");
        assertThat(account.getJsonArray("schools").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly(a.school(), b.school());
        assertThat(account.getBoolean("mustChangePassword")).isFalse();
        assertThat(totalOf(http, admin, "api/v1/audit?action=LOGIN_SUCCEEDED&actor=" + username)).isEqualTo(1);
    }

    /**
     * The admin's chores in the portal (issue 20): the rules are shown before a first try; a school created from its
     * name alone gets an id made from it; an account created without a password gets one the server makes, shown
     * once, with which the user logs in; the account list names its schools.
     */
    @Test
    void createsASchoolFromItsNameAndAnAccountWithAPasswordTheServerMakes() {
        String name = "Hill Top " + TestAccounts.RUN;
        String id = Accounts.schoolIdFor(name);
        String username = "made-" + TestAccounts.RUN;
        String oneTime;
        try (PortalPage portal = PortalPage.loggedIn(base, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)) {
            portal.go(base, "accounts.xhtml");
            assertThat(portal.pageText()).contains("Left empty, it is made from the name")
                    .contains("Left empty, the server makes one and shows it once. Or type one of 12 to 200");
            portal.fill("schools:name", name);
            portal.click("schools:create");
            assertThat(id).startsWith("hill-top-");
            assertThat(portal.text("messages")).contains("School " + name + " created (id " + id + ")");
            assertThat(portal.texts("[id='schools:list'] td")).contains(id, name);

            portal.fill("account:username", username);
            portal.tick("account:schools", id);
            portal.click("account:create");
            oneTime = portal.text("oneTimePassword");
            assertThat(oneTime).hasSize(16);
            assertThat(portal.text("messages")).contains("Account " + username + " created");
            assertThat(portal.texts("[id='accountList:list'] tr")).anyMatch(row -> row.startsWith(username)
                    && row.contains(name) && !row.contains("[" + id + "]"));
            portal.logout();
            portal.login(username, oneTime);
            assertThat(portal.currentPath()).isEqualTo("/password.xhtml");
        }
    }

    /**
     * The fuzz test: 10,000 generated bad requests over every operation of openapi.yaml ({@link Fuzz}), each answered 4xx with a
     * problem document, never 5xx, none slower than 2 s; then the same from 24 clients
     * at once on one token; then the server is healthy and still solves. Here rather than in a class of its own, so
     * that it shares this class's server instead of starting another. Prints its figures to the build log.
     */
    @Test
    void answersTenThousandBadRequestsWith4xxProblemsQuicklyAlsoFrom24ClientsAndStillSolves() throws Exception {
        long seed = Long.getLong("cruncher.fuzz.seed", 20_260_131L);
        String user = TestAccounts.school(base, "fuzz").bearer();
        String admin = TestAccounts.adminBearer(base);
        java.net.URI root = base.toURI();

        Fuzz.Tally alone = new Fuzz.Tally();
        List<OpenApiOperations.Operation> described = OpenApiOperations.documented();
        Fuzz fuzz = new Fuzz(seed, user, admin, described);
        java.net.http.HttpClient client = Fuzz.client();
        for (int i = 0; i < 10_000; i++) {
            Fuzz.send(client, root, fuzz.next(), alone);
        }
        System.out.println(alone.figures("one client", seed));

        Fuzz.Tally together = new Fuzz.Tally();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            List<java.util.concurrent.Future<Fuzz.Tally>> runs = new ArrayList<>();
            for (int c = 0; c < 24; c++) {
                long clientSeed = seed + 1 + c;
                runs.add(clients.submit(() -> {
                    Fuzz.Tally mine = new Fuzz.Tally();
                    Fuzz own = new Fuzz(clientSeed, user, admin, described);
                    java.net.http.HttpClient connection = Fuzz.client();
                    for (int i = 0; i < 100; i++) {
                        Fuzz.send(connection, root, own.next(), mine);
                    }
                    return mine;
                }));
            }
            for (java.util.concurrent.Future<Fuzz.Tally> run : runs) {
                together.addAll(run.get(10, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println(together.figures("24 clients", seed));

        assertThat(alone.requests).isEqualTo(10_000);
        assertThat(alone.described.keySet()).as("every operation of /api/v1 in openapi.yaml was fuzzed")
                .containsAll(described.stream().filter(operation -> operation.path().startsWith("/api/v1/"))
                        .map(Object::toString).toList());
        assertThat(together.requests).isEqualTo(2_400);
        assertThat(alone.wrong).as("answers that were not a quick 4xx problem, one client").isEmpty();
        assertThat(together.wrong).as("answers that were not a quick 4xx problem, 24 clients").isEmpty();
        Http http = new Http(base);
        Http.Answer health = http.call("GET", "health", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        waitUntilSolved(http, user, idOf(http.call("POST", "api/v1/solves", user, school("After the fuzz"))));
    }

    /** The rules the fuzz test checks only as "some 4xx", each with its status and the field it names. */
    @Test
    void refusesNumbersItWouldChangeOversizedBodiesAndBadParametersNamingWhatIsWrong() {
        Http http = new Http(base);
        String user = TestAccounts.school(base, "fuzz").bearer();
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("\"teachers\": 4294967302", "teachers");
        numbers.put("\"teachers\": 6.9", "teachers");
        numbers.put("\"teachers\": \"6\"", "teachers");
        numbers.put("\"teachers\": 6, \"options\": {\"timeLimitSeconds\": 4294970896}", "options.timeLimitSeconds");
        numbers.put("\"teachers\": 6, \"grades\": [null]", "grades[0]");
        numbers.forEach((fields, field) -> {
            String body = school("Strict").replaceFirst("\\{", "{" + fields + ", ");
            Http.Answer answer = http.call("POST", "api/v1/solves", user, body);
            assertThat(answer.status()).as(fields).isEqualTo(400);
            assertThat(((JsonObject) answer.json()).getString("field")).as(fields).isEqualTo(field);
        });
        Http.Answer longName = http.call("POST", "api/v1/solves", user, school("n".repeat(201)));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(((JsonObject) longName.json()).getString("field")).isEqualTo("name");
        Http.Answer nullSchool = http.call("POST", "api/v1/batches", user, "{\"schools\": [null]}");
        assertThat(nullSchool.status()).isEqualTo(400);
        assertThat(((JsonObject) nullSchool.json()).getString("field")).isEqualTo("schools[0]");

        Http.Answer tooLarge = http.call("POST", "api/v1/solves", user,
                school("x".repeat((1 << 20) + 1)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");

        Http.Answer wrongType = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString()).resolve("api/v1/solves"))
                .header("Authorization", user).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(school("Plain"))).build());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("solves?size=1e9", "size");
        parameters.put("solves?page=20000000&size=200", "page");
        parameters.put("solves?status=X", "status");
        parameters.put("solves?sort=name", "sort");
        parameters.put("solves?order=up", "order");
        parameters.put("solves?from=yesterday", "from");
        parameters.forEach((query, field) -> {
            Http.Answer answer = http.call("GET", "api/v1/" + query, user, null);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(((JsonObject) answer.json()).getString("field")).as(query).isEqualTo(field);
            assertThat(answer.body()).as(query).doesNotContain("org.classcruncher");
        });
        Http.Answer longId = http.call("GET", "api/v1/solves/" + "x".repeat(500), user, null);
        assertThat(longId.status()).isEqualTo(404);
        assertThat(longId.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void waitUntilSolved(Http http, String authorization, String solve) {
        for (int poll = 0; poll < 600; poll++) {
            String status = ((JsonObject) http.call("GET", "api/v1/solves/" + solve, authorization, null).json())
                    .getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertThat(status).isEqualTo("SOLVED");
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("solve " + solve + " did not finish");
    }

    private static String idOf(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return ((JsonObject) answer.json()).getString("id");
    }

    private static List<String> listedSchools(Http http, String authorization, String marker) {
        Http.Answer answer = http.call("GET", "api/v1/solves?size=200&q=" + marker.replace(" ", "%20"), authorization,
                null);
        assertThat(answer.status()).isEqualTo(200);
        return ((JsonObject) answer.json()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("schoolId", "(district)"))
                .toList();
    }

    /** When this class's server started (the class is loaded on the client before the server is). */
    private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

    /** Errors the tests above provoke on purpose. */
    private static final List<java.util.regex.Pattern> PROVOKED = List.of();

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void logsNoErrorThatNoTestProvoked() throws java.io.IOException {
        assertThat(ServerLog.errorsSince(STARTED, PROVOKED)).isEmpty();
    }
}
