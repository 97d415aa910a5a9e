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

    /**
     * Enter in a field does what the field's own label says (issue 20): on the result page every typed field is pressed
     * and what ran is read back (a what-if, a sweep, each plan's own re-plan with what was typed in that plan's form);
     * on the adjust page Enter in "Move N children" moves them, and Enter in a class's cell re-checks the plan and
     * splits nothing. A field the page gains without a case here fails the test.
     */
    @Test
    @RunAsClient
    void pressesEnterInEveryFieldAndRunsThatFieldsOwnAction() {
        TestAccounts.Account user = TestAccounts.school(base, "enter");
        Http http = new Http(base);
        List<String> pressed = new ArrayList<>();
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            String first = solvedPage(portal, http, user);
            int plans = portal.texts("section.plan").size();
            assertThat(plans).as("plans of the K-6 school").isEqualTo(3);
            List<String> fields = new ArrayList<>(List.of("gradeWhatIf:whatIfChildren", "capWhatIf:whatIfCap",
                    "sweepForm:sweepFrom", "sweepForm:sweepTo"));
            for (int rank = 1; rank <= plans; rank++) {
                fields.addAll(List.of("replan" + rank + ":minimalTeachers", "replan" + rank + ":minimalChildren"));
            }
            assertThat(portal.attributes("main input[type=text]", "id")).containsExactlyInAnyOrderElementsOf(fields);

            portal.choose("gradeWhatIf:whatIfGrade", "2");
            portal.fill("gradeWhatIf:whatIfChildren", "5");
            portal.pressEnterIn("gradeWhatIf:whatIfChildren");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("scenario")).isEqualTo("Grade 2 +5 children");
            // What changed against the solve it came from, said on the what-if's page.
            assertThat(portal.text("delta")).startsWith("Against \u201cAccessible Primary\u201d, the solve this came "
                    + "from: ");
            pressed.add("gradeWhatIf:whatIfChildren");

            solvedPage(portal, http, user);
            portal.choose("capWhatIf:capGrade", "3");
            portal.fill("capWhatIf:whatIfCap", "27");
            portal.pressEnterIn("capWhatIf:whatIfCap");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("scenario")).isEqualTo("Grade 3 classes of at most 27");
            pressed.add("capWhatIf:whatIfCap");

            for (String field : List.of("sweepForm:sweepFrom", "sweepForm:sweepTo")) {
                solvedPage(portal, http, user);
                portal.fill("sweepForm:sweepFrom", "7");
                portal.fill("sweepForm:sweepTo", "8");
                portal.pressEnterIn(field);
                assertThat(portal.currentPath()).as(field).isEqualTo("/sweep.xhtml");
                portal.waitFor("#sweepTable");
                pressed.add(field);
            }

            // Each plan's re-plan applies what was typed in that plan's form, whichever plan it is.
            for (int rank = 1; rank <= plans; rank++) {
                for (String field : List.of("minimalTeachers", "minimalChildren")) {
                    solvedPage(portal, http, user);
                    String form = "replan" + rank;
                    String kept = portal.attributes("input[type=checkbox][name='" + form + ":locked']", "value")
                            .get(0);
                    portal.tick(form + ":locked", kept);
                    portal.fill(form + ":minimalTeachers", "9");
                    portal.choose(form + ":minimalGrade", "4");
                    portal.fill(form + ":minimalChildren", "31");
                    portal.pressEnterIn(form + ":" + field);
                    assertThat(portal.waitForFinishedStatus()).as(form + ":" + field).isIn("SOLVED", "INFEASIBLE");
                    assertThat(portal.text("scenario")).isEqualTo("Plan " + rank + " re-planned, kept: " + kept);
                    assertThat(portal.text("inputTeachers")).isEqualTo("9");
                    portal.openDisclosures();
                    assertThat(portal.texts("#inputGrades tbody tr:nth-child(5) td")).startsWith("4", "31");
                    pressed.add(form + ":" + field);
                }
            }
            assertThat(pressed).containsExactlyInAnyOrderElementsOf(fields);

            // The adjust page: Enter in every cell re-checks and adds no class; Enter in "Move N children" moves.
            first = solvedPage(portal, http, user);
            portal.go(base, "adjust.xhtml?id=" + first + "&plan=1");
            List<String> cells = portal.attributes("input.cell", "id");
            int rows = portal.texts("tr.adjust-row").size();
            assertThat(portal.attributes("main input[type=text], main input[type=number]", "id"))
                    .containsExactlyInAnyOrderElementsOf(concat(cells, List.of("adjust:moveCount")));
            for (String cell : cells) {
                portal.pressEnterIn(cell);
                assertThat(portal.texts("tr.adjust-row")).as("rows after Enter in " + cell).hasSize(rows);
            }
            String from = portal.attributes("input.cell[data-grade='1']", "data-class").get(0);
            String to = portal.attributes("tr.adjust-row", "data-class").stream().filter(label -> !label.equals(from))
                    .findFirst().orElseThrow();
            int before = Integer.parseInt(portal.value(cellId(portal, from, "1")));
            assertThat(portal.attributes("input.cell[data-grade='1']", "value")).doesNotContain(
                    String.valueOf(before - 2));
            portal.fill("adjust:moveCount", "2");
            portal.choose("adjust:moveGrade", "1");
            portal.choose("adjust:moveFrom", from);
            portal.choose("adjust:moveTo", to);
            portal.pressEnterIn("adjust:moveCount");
            assertThat(portal.texts("tr.adjust-row")).as("rows after Enter in Move").hasSize(rows);
            assertThat(portal.attributes("input.cell[data-grade='1']", "value")).as("grade 1 after moving 2 of "
                    + before + " from " + from + " to " + to).contains(String.valueOf(before - 2));
        }
    }

    /**
     * Light pages (issue 20): Lighthouse's mobile run on the login page, the plan form and a K-6 school's result scores
     * performance 90 or more, accessibility 100 and best practices 95 or more. Lighthouse drives Debian's chromium with
     * the test browser's session cookie; its reports go to target/lighthouse.
     */
    @Test
    @RunAsClient
    void scoresLighthouseThresholdsOnTheLoginPageThePlanFormAndAResult() throws IOException, InterruptedException {
        TestAccounts.Account user = TestAccounts.school(base, "light");
        String result = finishedSolve(new Http(base), user, "api/v1/solves", Schools.principalsK6(21));
        List<String> below = new ArrayList<>();
        below.addAll(lighthouse("login.xhtml", null));
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            String session = "JSESSIONID=" + portal.cookie("JSESSIONID");
            below.addAll(lighthouse("index.xhtml", session));
            below.addAll(lighthouse("solve.xhtml?id=" + result, session));
        }
        assertThat(below).as("Lighthouse scores under the thresholds (reports in target/lighthouse)").isEmpty();
    }

    /** Runs Lighthouse (mobile) on one page and answers the scores under their thresholds, one line each. */
    private List<String> lighthouse(String page, String cookie) throws IOException, InterruptedException {
        String cli = System.getProperty("cruncher.lighthouse");
        assertThat(cli).as("system property cruncher.lighthouse (failsafe's configuration)").isNotBlank();
        assertThat(Path.of(cli)).as("Lighthouse: server-config/bin/cruncher test installs it (npm, into "
                + "cruncher-web/target/npm)").isRegularFile();
        Path reports = Files.createDirectories(Path.of("target", "lighthouse"));
        Path report = reports.resolve(page.replaceFirst("\\.xhtml.*", "") + ".json");
        Path headers = reports.resolve("headers.json");
        Files.writeString(headers, cookie == null ? "{}" : "{\"Cookie\": \"" + cookie + "\"}");
        List<String> command = List.of("node", cli, base + page, "--quiet", "--output=json",
                "--output-path=" + report.toAbsolutePath(), "--only-categories=performance,accessibility,best-practices",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu", "--extra-headers=" + headers.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(reports.resolve(page.replaceFirst("\\.xhtml.*", "") + ".log").toFile());
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Process lighthouse = builder.start();
        assertThat(lighthouse.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as("Lighthouse on " + page + " ended")
                .isTrue();
        assertThat(lighthouse.exitValue()).as("Lighthouse's exit on " + page + " (its log in target/lighthouse)")
                .isZero();
        JsonObject categories;
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(report))) {
            categories = reader.readObject().getJsonObject("categories");
        }
        List<String> below = new ArrayList<>();
        Map<String, Double> thresholds = Map.of("performance", 0.90, "accessibility", 1.0, "best-practices", 0.95);
        thresholds.forEach((category, threshold) -> {
            double score = categories.getJsonObject(category).getJsonNumber("score").doubleValue();
            System.out.printf("Lighthouse %s on %s: %.0f%n", category, page, score * 100);
            if (score < threshold - 1e-9) {
                below.add(page + ": " + category + " " + Math.round(score * 100) + " (at least "
                        + Math.round(threshold * 100) + ")");
            }
        });
        return below;
    }

    /** Back from a result to the form, then "Plan classes" again: planned again, no stale form's validation error. */
    @Test
    @RunAsClient
    void goesBackFromAResultAndPlansAgain() {
        TestAccounts.Account user = TestAccounts.school(base, "back");
        assertThat(new Http(base).call("PUT", "api/v1/schools/" + user.school() + "/inputs", user.bearer(), K6)
                .status()).isEqualTo(200);
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.fill("school:teachers", "9");
            portal.tick("school:composites", "1/2");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            portal.back();
            portal.waitFor("#school\\:submit");
            portal.submit();
            assertThat(portal.currentPath()).isEqualTo("/solve.xhtml");
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.texts(".error")).allMatch(String::isBlank);
        }
        // Neither submission ticked "Save as the school's inputs" (off: the school has saved inputs): still version 1.
        Http http = new Http(base);
        String inputs = "api/v1/schools/" + user.school() + "/inputs";
        assertThat(http.call("GET", inputs, user.bearer(), null).json().asJsonObject().getInt("version")).isEqualTo(1);
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            assertThat(portal.text("school:lastScenario")).startsWith("Open the last scenario in the form:");
            assertThat(portal.value("school:teachers")).isEqualTo("8");
            portal.fill("school:teachers", "10");
            portal.press("school:saveInputs");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
        }
        var saved = http.call("GET", inputs, user.bearer(), null).json().asJsonObject();
        assertThat(saved.getInt("version")).isEqualTo(2);
        assertThat(saved.getJsonObject("inputs").getInt("teachers")).isEqualTo(10);
    }

    private String solvedPage(PortalPage portal, Http http, TestAccounts.Account user) {
        String id = finishedSolve(http, user, "api/v1/solves", K6);
        portal.go(base, "solve.xhtml?id=" + id);
        assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
        portal.openDisclosures();
        return id;
    }

    private static String cellId(PortalPage portal, String label, String grade) {
        return portal.attributes("input.cell[data-class='" + label + "'][data-grade='" + grade + "']", "id").get(0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** When this class's server started (the class is loaded on the client before the server is). */
    private static final Instant STARTED = Instant.now().minusSeconds(1);

    @Test
    @RunAsClient
    @Order(Integer.MAX_VALUE)
    void logsNoErrorThatNoTestProvoked() throws IOException {
        assertThat(ServerLog.errorsSince(STARTED, List.of())).isEmpty();
    }

    /**
     * The answer first (issue 20): the principal's K-6 school of 394 children planned, its recommended plan (every class,
     * the figures, why) is on the first screen of a 1280 x 800 window and of a 390 x 844 phone, without scrolling.
     */
    @Test
    @RunAsClient
    void showsTheRecommendedPlanWithoutScrollingOnADesktopAndAPhone() {
        TestAccounts.Account user = TestAccounts.school(base, "first");
        String id = finishedSolve(new Http(base), user, "api/v1/solves", Schools.principalsK6(21));
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                portal.resize(size[0], size[1]);
                portal.go(base, "solve.xhtml?id=" + id);
                assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
                portal.screenshot("recommended-" + size[0]);
                assertThat(portal.texts("#recommendedClasses li")).hasSize(21);
                assertThat(portal.inFirstScreen("#recommended")).as("the recommended plan at " + size[0] + " x "
                        + size[1] + " (screenshot recommended-" + size[0] + ".png)").isTrue();
            }
        }
    }

    /** The staffing sweep's table fits a 1280 px wide screen (issue 20: it was cut off on the right). */
    @Test
    @RunAsClient
    void showsTheWholeSweepTableOnA1280PixelWideScreen() {
        Shown solves = freshSolves();
        try (PortalPage portal = PortalPage.open(base)) {
            portal.resize(1280, 800);
            portal.go(base, "login.xhtml");
            portal.login(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            open(portal, "sweep.xhtml?batch=" + solves.batch());
            assertThat(portal.offScreen("#sweepTable th, #sweepTable td")).isEmpty();
        }
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
        // Tables side by side and the plan adjuster show every value on the phone's screen, none cut off.
        portal.offScreen(".compare-table td, .compare-table th, .adjust-table td, .adjust-table input")
                .forEach(cell -> problems.add(page + ": '" + cell + "' is off screen"));
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
        assertThat(http.call("GET", "api/v1/batches/" + batch, user.bearer(), null).json().asJsonObject()
                .getBoolean("finished")).as("the sweep finished").isTrue();
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
