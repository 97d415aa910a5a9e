package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal for everyone and on any screen (issue 12, items 4 and 5), in headless Chromium on the built WAR: every
 * page passes axe-core without a serious or critical violation, fits a phone's 390 px without scrolling sideways with
 * its navigation on screen, and a school is planned with the keyboard alone, the focus always shown.
 *
 * <p>axe-core comes from npm: the test command installs it and the pom names its file ({@code cruncher.axeScript}).
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class PortalAccessibilityIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withTests(PortalAccessibilityIT.class, PortalAccessibilityIT.Shown.class);
    }

    @ArquillianResource
    URL base;

    private static final String K6 = Schools.k6("Accessible Primary");

    /** The solves the pages show: a planned school, the same with 9 teachers, and a staffing sweep of the first. */
    private record Shown(String first, String second, String batch) {
    }

    /**
     * Every page of the portal behind the login, as a district admin (who sees them all) opens it. The solves they
     * show are made afresh for each test and their pages come first: the test server purges a finished solve 45 s
     * after it finished, less than a test's walk through every page may take.
     */
    private List<String> pages() {
        Shown solves = freshSolves();
        return List.of("solve.xhtml?id=" + solves.first(), "adjust.xhtml?id=" + solves.first() + "&plan=1",
                "compare.xhtml?a=" + solves.first() + "&b=" + solves.second(), "sweep.xhtml?batch=" + solves.batch(),
                "index.xhtml", "solves.xhtml", "plugins.xhtml", "tokens.xhtml", "accounts.xhtml", "audit.xhtml",
                "password.xhtml");
    }

    @Test
    @RunAsClient
    void passesAxeOnEveryPageWithoutASeriousOrCriticalViolation() throws IOException {
        String axe = axeScript();
        List<String> pages = pages();
        List<String> serious = new ArrayList<>();
        try (PortalPage portal = PortalPage.open(base)) {
            assertThat(portal.currentPath()).isEqualTo("/login.xhtml");
            serious.addAll(violations(portal, "login.xhtml", axe));
            portal.login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            for (String page : pages) {
                open(portal, page);
                serious.addAll(violations(portal, page, axe));
            }
        }
        assertThat(serious).as("serious and critical axe-core violations (rule (impact): help, at elements)")
                .isEmpty();
    }

    @Test
    @RunAsClient
    void fitsEveryPageOnA390PixelWideScreenWithItsNavigationOnScreen() {
        List<String> pages = pages();
        List<String> problems = new ArrayList<>();
        try (PortalPage portal = PortalPage.open(base)) {
            portal.resize(390, 844);
            portal.go(base, "login.xhtml");
            assertThat(portal.viewportWidth()).as("the emulated phone's viewport").isBetween(300L, 390L);
            problems.addAll(narrowProblems(portal, "login.xhtml", false));
            portal.login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            for (String page : pages) {
                open(portal, page);
                problems.addAll(narrowProblems(portal, page, true));
            }
        }
        assertThat(problems).as("pages at 390 x 844 (screenshots in target/screenshots/narrow-*.png)").isEmpty();
    }

    @Test
    @RunAsClient
    void plansTheExampleSchoolWithTheKeyboardAloneAlwaysShowingTheFocus() {
        TestAccounts.Account user = TestAccounts.school(base, "keyboard");
        List<Map.Entry<String, Boolean>> stops = new ArrayList<>();
        try (PortalPage portal = PortalPage.open(base)) {
            // Log in: the first Tab reaches the skip link, the next ones the form's fields and its button.
            stops.addAll(portal.tabUntil("login:username", 5));
            portal.type(user.username());
            stops.addAll(portal.tabUntil("login:password", 1));
            portal.type(user.password());
            stops.addAll(portal.tabUntil("login:submit", 1));
            portal.pressEnterAndWaitForNextPage();
            assertThat(portal.currentPath()).isIn("/", "/index.xhtml");

            // Skip the navigation, then Tab through the form to "Load the example school".
            stops.addAll(portal.tabUntil("skip", 1));
            portal.pressEnter();
            // The skip link moves the focus to the page's content, past the navigation.
            portal.waitForFocus("content");
            stops.addAll(portal.tabUntil("school:loadExample", 150));
            portal.pressEnterAndWaitForNextPage();
            assertThat(portal.value("school:teachers")).isEqualTo("6");

            // Name the scenario, then "Plan classes".
            stops.addAll(portal.tabUntil("skip", 1));
            portal.pressEnter();
            portal.waitForFocus("content");
            stops.addAll(portal.tabUntil("school:scenario", 10));
            portal.type("keyboard only");
            stops.addAll(portal.tabUntil("school:submit", 150));
            portal.screenshot("keyboard-1-plan-button-focused");
            portal.pressEnterAndWaitForNextPage();

            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("scenario")).isEqualTo("keyboard only");
            assertThat(portal.planRows().stream().mapToInt(PortalPage.Row::total).sum()).isEqualTo(110);

            // A what-if from the result, by keyboard too.
            stops.addAll(portal.tabUntil("whatIfs:moreTeachers", 60));
            portal.pressEnterAndWaitForNextPage();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("scenario")).isEqualTo("7 teachers");
            portal.screenshot("keyboard-2-what-if-planned");
        }
        assertThat(stops).extracting(Map.Entry::getKey).contains("#skip", "#login:submit", "#school:loadExample",
                "#school:submit", "#whatIfs:moreTeachers");
        assertThat(stops).as("where the focus went without a visible focus ring (an outline of 2px or more)")
                .filteredOn(stop -> !stop.getValue()).extracting(Map.Entry::getKey).isEmpty();
    }

    /** When this class's server started (the class is loaded on the client before the server is). */
    private static final Instant STARTED = Instant.now().minusSeconds(1);

    @Test
    @RunAsClient
    @Order(Integer.MAX_VALUE)
    void logsNoErrorThatNoTestProvoked() throws IOException {
        assertThat(ServerLog.errorsSince(STARTED, List.of())).isEmpty();
    }

    /** Opens a page and waits until it shows what it is for (the result of a finished solve, a finished sweep). */
    private void open(PortalPage portal, String page) {
        portal.go(base, page);
        assertThat(portal.currentPath()).as(page).isEqualTo("/" + page.replaceFirst("\\?.*", ""));
        if (page.startsWith("solve.xhtml")) {
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
        } else if (page.startsWith("sweep.xhtml")) {
            portal.waitFor("#sweepTable");
            portal.waitFor(".ui-chart canvas");
        }
    }

    /** The page's serious and critical axe-core violations, one line each; all of them printed to the build's log. */
    private static List<String> violations(PortalPage portal, String page, String axe) {
        List<Map<String, Object>> found = portal.axeViolations(axe);
        found.forEach(rule -> System.out.println("axe-core on " + page + ": " + describe(rule)));
        return found.stream().filter(rule -> List.of("serious", "critical").contains(rule.get("impact")))
                .map(rule -> page + ": " + describe(rule)).toList();
    }

    private static String describe(Map<String, Object> rule) {
        return rule.get("id") + " (" + rule.get("impact") + "): " + rule.get("help") + ", at " + rule.get("targets");
    }

    /** What keeps a page from fitting the phone: sideways scrolling, navigation links off screen; screenshots it. */
    private static List<String> narrowProblems(PortalPage portal, String page, boolean hasNavigation) {
        String name = page.replaceFirst("\\.xhtml.*", "");
        portal.screenshot("narrow-" + name);
        List<String> problems = new ArrayList<>();
        long width = portal.pageWidth();
        long viewport = portal.viewportWidth();
        if (width > viewport) {
            problems.add(page + " is " + width + " px wide on a viewport of " + viewport + " px");
        }
        if (hasNavigation) {
            if (portal.navLinks().isEmpty()) {
                problems.add(page + " shows no navigation links");
            }
            portal.navLinksOffScreen().forEach(link -> problems.add(page + ": the link " + link + " is off screen"));
        }
        return problems;
    }

    /** axe-core's script, installed by the test command with npm. */
    private static String axeScript() throws IOException {
        String file = System.getProperty("cruncher.axeScript");
        assertThat(file).as("system property cruncher.axeScript (failsafe's configuration)").isNotBlank();
        Path script = Path.of(file);
        assertThat(script).as("axe-core: server-config/bin/cruncher test installs it (npm install --prefix "
                + "cruncher-web/target/npm axe-core@4.11.0)").isRegularFile();
        return Files.readString(script);
    }

    /** Two solves of the K-6 school and a sweep, each finished. */
    private Shown freshSolves() {
        TestAccounts.Account user = TestAccounts.school(base, "access");
        Http http = new Http(base);
        String first = finishedSolve(http, user, "api/v1/solves?scenario=2027%20as%20planned", K6);
        String second = finishedSolve(http, user, "api/v1/solves?scenario=nine%20teachers",
                K6.replace("\"teachers\": 8", "\"teachers\": 9"));
        Http.Answer sweep = http.call("POST", "api/v1/solves/" + first + "/sweep?from=7&to=8", user.bearer(), null);
        assertThat(sweep.status()).as(sweep.body()).isEqualTo(202);
        String batch = java.net.URI.create(sweep.header("Location")).getPath().replaceFirst(".*/", "");
        for (int i = 0; i < 240 && !http.call("GET", "api/v1/batches/" + batch, user.bearer(), null).json()
                .asJsonObject().getBoolean("finished"); i++) {
            pause();
        }
        return new Shown(first, second, batch);
    }

    private static String finishedSolve(Http http, TestAccounts.Account user, String path, String school) {
        Http.Answer submitted = http.call("POST", path, user.bearer(), school);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().asJsonObject().getString("id");
        for (int i = 0; i < 240; i++) {
            JsonObject solve = http.call("GET", "api/v1/solves/" + id, user.bearer(), null).json().asJsonObject();
            if (!List.of("QUEUED", "RUNNING").contains(solve.getString("status"))) {
                assertThat(solve.getString("status")).isEqualTo("SOLVED");
                return id;
            }
            pause();
        }
        throw new AssertionError("solve " + id + " did not finish within a minute");
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
