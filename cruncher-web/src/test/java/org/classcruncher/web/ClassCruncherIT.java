package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.IntSummaryStatistics;
import java.util.List;

import jakarta.inject.Inject;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.entity.Role;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.boundary.Submissions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on a real Payara Micro with real GLPK, started once for all of these tests: the boundary EJB
 * in the container, the REST API through a JAX-RS client with JSON-B, and the portal in headless Chromium.
 *
 * <p>Client-side helpers ({@link SolvesApi}, {@link PortalPage}) stay out of the deployment, so the test class
 * names none of their library types in its signatures.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ClassCruncherIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withTests(ClassCruncherIT.class, SolvesApi.class, SolvesApi.Answer.class,
                        TestPluginJar.class)
                .addAsResource("schools/tight-04.json").addAsResource("schools/district-044.json");
    }

    @Inject
    Solves solves;

    @Inject
    Submissions submissions;

    /** In the container there is no login: the boundary is called as a district admin would call it. */
    private static final Caller DISTRICT = new Caller("integration-test", Role.DISTRICT_ADMIN, java.util.Set.of());

    @ArquillianResource
    URL base;

    @Test
    void plansASchoolSubmittedThroughTheBoundary() throws InterruptedException {
        SolveResult queued = submissions.submit(DISTRICT, null, Schools.seedExample());
        assertEquals(SolveStatus.QUEUED, queued.status());

        SolveResult result = queued;
        for (int poll = 0; poll < 300 && !result.status().finished(); poll++) {
            Thread.sleep(100);
            result = solves.find(DISTRICT, queued.id());
        }

        SolveResult finished = result;
        assertEquals(SolveStatus.SOLVED, finished.status(), () -> "message: " + finished.message());
        ClassPlan best = finished.plans().get(0);
        assertEquals(1, best.rank());
        assertEquals(6, best.classes().size());
        assertEquals(0, best.summary().composites());
        assertEquals(32 + 57 + 21, best.classes().stream().mapToInt(PlannedClass::total).sum());
        assertTrue(finished.plans().size() > 1, "alternatives");
    }

    @Test
    @RunAsClient
    void roundTripsASchoolThroughTheRestApi() {
        SolvesApi api = new SolvesApi(base);

        SolveResult result = api.submitAndWait(Schools.seedExample());

        assertThat(result.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(result.school()).isEqualTo(Schools.seedExample());
        assertThat(result.plans()).hasSize(3).extracting(ClassPlan::rank).containsExactly(1, 2, 3);
        assertThat(result.plans()).extracting(p -> p.classes().stream().map(PlannedClass::label).toList())
                .doesNotHaveDuplicates();
        ClassPlan plan = result.plans().get(0);
        assertThat(plan.optimal()).isTrue();
        assertThat(plan.summary().composites()).isZero();
        assertThat(plan.classes()).hasSizeLessThanOrEqualTo(6);
        assertThat(plan.classes()).allSatisfy(plannedClass -> assertThat(plannedClass.total()).isBetween(10, 25));
        assertThat(plan.classes().stream().mapToInt(c -> c.childrenOf("K")).sum()).isEqualTo(32);
        assertThat(plan.classes().stream().mapToInt(c -> c.childrenOf("1")).sum()).isEqualTo(57);
        assertThat(plan.classes().stream().mapToInt(c -> c.childrenOf("2")).sum()).isEqualTo(21);
        assertThat(plan.summary().classes()).isEqualTo(plan.classes().size());
        assertThat(result.timings().solveMillis()).isNotNull();
    }

    @Inject
    org.classcruncher.solve.control.SolveStore store;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    /**
     * A node that claims a job and dies: once its lease runs out this node claims the job again and finishes it; the
     * dead node's late finish, carrying the old claim number, is discarded.
     */
    @Test
    void runsAgainAJobWhoseNodeStoppedAndDiscardsTheLostClaimsLateFinish() throws Exception {
        // In the container: JUnit's own assertions (AssertJ stays on the client side).
        transaction.begin();
        SolveResult queued = store.create(Schools.seedExample(), null, "integration-test", null, "lease test");
        var claim = store.claimNext("it-dead-node", java.time.Instant.now().plusSeconds(2)).orElseThrow();
        transaction.commit();
        assertEquals(queued.id(), claim.id(), "the job just stored is the oldest claimable one");
        assertEquals(SolveStatus.RUNNING, solves.find(DISTRICT, queued.id()).status());

        SolveResult result = solves.find(DISTRICT, queued.id());
        for (int poll = 0; poll < 200 && !result.status().finished(); poll++) {
            Thread.sleep(100);
            result = solves.find(DISTRICT, queued.id());
        }
        assertEquals(SolveStatus.SOLVED, result.status());
        assertEquals("Run again: the server that was running it (it-dead-node) stopped.", result.message());
        assertTrue(result.node() != null && !result.node().equals("it-dead-node"), "run by this node: " + result.node());
        java.time.Duration waited = java.time.Duration.between(result.timings().submittedAt(),
                result.timings().startedAt());
        assertTrue(waited.compareTo(java.time.Duration.ofSeconds(2)) >= 0,
                "claimed again only once the dead node's lease ran out, not after " + waited);

        org.classcruncher.planner.PlanningOutcome late = new org.classcruncher.planner.PlanningOutcome(
                SolveStatus.INFEASIBLE, List.of(), null, "the dead node's result", List.of(), 0);
        assertEquals(false, store.finish(queued.id(), claim.number(), late, 0), "the lost claim's finish");
        assertEquals(result.message(), solves.find(DISTRICT, queued.id()).message());
    }

    @Test
    @RunAsClient
    void runsAnotherSchoolsSolveAtTheNextFreeSlotWhileOneSchoolFloodsTheQueue() {
        TestAccounts.Account flooding = TestAccounts.school(base, "flood");
        TestAccounts.Account other = TestAccounts.school(base, "fair");
        Http http = new Http(base);
        String slow = Schools.json("long-search").replaceFirst("\\{", "{\"options\": {\"timeLimitSeconds\": 2, "
                + "\"alternatives\": 1},");
        List<String> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Http.Answer queued = http.call("POST", "api/v1/solves", flooding.bearer(), slow);
            assertThat(queued.status()).as(queued.body()).isEqualTo(202);
            flood.add(queued.json().asJsonObject().getString("id"));
        }
        String fair = http.call("POST", "api/v1/solves", other.bearer(), Schools.seedExampleJson()).json()
                .asJsonObject().getString("id");

        jakarta.json.JsonObject fairSolve = finished(http, other, fair);
        List<jakarta.json.JsonObject> flooded = flood.stream().map(id -> finished(http, flooding, id)).toList();
        java.time.Instant fairStarted = startedAt(fairSolve);
        java.time.Instant firstFreed = flooded.stream().map(solve -> java.time.Instant.parse(
                solve.getJsonObject("timings").getString("finishedAt"))).min(java.util.Comparator.naturalOrder()).orElseThrow();
        // Two slots: the other school's solve waits for the first slot the flood frees, not for the whole flood.
        assertThat(fairStarted).isBefore(firstFreed.plusSeconds(1));
        assertThat(flooded.stream().map(ClassCruncherIT::startedAt).filter(started -> started.isAfter(fairStarted)))
                .as("flood solves that started after it").hasSizeGreaterThanOrEqualTo(3);
        // The node's figures in MicroProfile Metrics (Prometheus text): claims, finished solves, the queue. For
        // district admins (a monitoring account's token), like the other figures of the whole district.
        assertThat(http.call("GET", "metrics?scope=application", other.bearer(), null).status()).isEqualTo(403);
        Http.Answer metrics = http.call("GET", "metrics?scope=application", TestAccounts.adminBearer(base), null);
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("cruncher_claims_total\\{[^}]*node=\"[^\"]+\"[^}]*} [1-9]")
                .containsPattern("cruncher_solves_finished_total\\{[^}]*} [1-9]")
                // Per job, submission to committed result less the planning: the load check reads it one job at a time.
                .containsPattern("cruncher_job_service_count\\{[^}]*} [1-9]")
                .contains("cruncher_queue_depth", "cruncher_solves_running", "cruncher_claims_expired_total");
    }

    private static java.time.Instant startedAt(jakarta.json.JsonObject solve) {
        return java.time.Instant.parse(solve.getJsonObject("timings").getString("startedAt"));
    }

    @Test
    @RunAsClient
    void exportsAPlanAsAClassListInCsv() {
        SolvesApi api = new SolvesApi(base);
        SolveResult result = api.submitAndWait(new SchoolRequest("Export test", 6, 5,
                List.of(new org.classcruncher.api.GradeSpec("K", 32, 10, 25, null),
                        new org.classcruncher.api.GradeSpec("1", 57, 10, 25, null),
                        new org.classcruncher.api.GradeSpec("=1+1", 21, 10, 25, null)),
                List.of(org.classcruncher.api.CompositeSpec.of("K", "1")), null));
        assertThat(result.status()).as(result.message()).isEqualTo(SolveStatus.SOLVED);
        ClassPlan best = result.plans().get(0);

        Http.Answer csv = new Http(base).call("GET", "api/v1/solves/" + result.id() + "/plan.csv",
                TestAccounts.school(base, "a").bearer(), null);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"Export-test-plan-1.csv\"");
        List<String> lines = csv.body().lines().toList();
        // The grade typed as a formula comes out as text, never as something a spreadsheet would run.
        assertThat(lines.get(0)).isEqualTo("Class,K,1,'=1+1,Total");
        assertThat(lines).hasSize(1 + best.classes().size());
        for (int i = 0; i < best.classes().size(); i++) {
            PlannedClass planned = best.classes().get(i);
            String label = planned.label().startsWith("=") ? "'" + planned.label() : planned.label();
            assertThat(lines.get(i + 1)).startsWith(label + ",")
                    .endsWith("," + planned.total());
        }
        assertThat(new Http(base).call("GET", "api/v1/solves/" + result.id() + "/plan.csv?rank=9",
                TestAccounts.school(base, "a").bearer(), null).status()).isEqualTo(400);
    }

    @Test
    @RunAsClient
    void explainsAnInfeasibleSchoolThroughTheRestApi() {
        SolveResult result = new SolvesApi(base).submitAndWait(Schools.json("tight-04"));

        assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(result.plans()).isEmpty();
        assertThat(result.diagnosis().reasons())
                .contains("487 children need at least 17 classes of at most 29, but there are 16 teachers.");
        assertThat(result.diagnosis().teachersNeeded()).isEqualTo(22);
        // Each fix carries the change that applies it, for POST /solves/{id}/replan.
        assertThat(result.diagnosis().fixChanges()).hasSameSizeAs(result.diagnosis().fixes());
        assertThat(result.diagnosis().fixChanges().get(0).teachers()).isEqualTo(22);
    }

    @Test
    @RunAsClient
    void givesASpareTeacherToTheBiggestClassesThroughTheRestApi() {
        SolveResult at19 = new SolvesApi(base).submitAndWait(Schools.principalsK6(19));
        SolveResult at21 = new SolvesApi(base).submitAndWait(Schools.principalsK6(21));

        assertThat(at19.plans().get(0).classes()).filteredOn(c -> c.grades().equals(List.of("6")))
                .extracting(PlannedClass::total).containsExactly(26, 26);
        assertThat(at21.plans().get(0).classes()).filteredOn(c -> c.grades().equals(List.of("6")))
                .extracting(PlannedClass::total).hasSize(3).allMatch(total -> total == 17 || total == 18);
        assertThat(at21.plans().get(0).summary().largestClass()).isLessThan(26);
        assertThat(at21.plans().get(1).rankReason()).startsWith("Largest class ");
    }

    @Test
    @RunAsClient
    void offersAnImpossibleSchoolTheSmallestCombinedFixWithItsTeachersAsAButtonThatPlans() {
        SolveResult result = new SolvesApi(base).submitAndWait(Schools.principalsK6(15));

        assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(result.message()).isNull();
        assertThat(result.diagnosis().unchecked()).isEmpty();
        List<String> fixes = result.diagnosis().fixes();
        int combined = fixes.indexOf(fixes.stream().filter(fix -> fix.endsWith("(with the 15 teachers the school has)."))
                .findFirst().orElseThrow(() -> new AssertionError("no combined fix in " + fixes)));
        assertThat(result.diagnosis().fixChanges().get(combined).teachers()).isNull();

        try (PortalPage portal = schoolPortal()) {
            portal.go(base, "solve.xhtml?id=" + result.id());
            assertThat(portal.waitForFinishedStatus()).isEqualTo("INFEASIBLE");
            portal.clickButtonNextTo(fixes.get(combined), "Plan with this change");
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("inputTeachers")).isEqualTo("15");
            portal.screenshot("combined-fix-applied");
        }
    }

    @Test
    @RunAsClient
    void endsASolveAtItsTimeLimitSayingSo() {
        // The seed model cannot settle this school within a minute; one second is its limit here.
        String school = Schools.json("district-044").replaceFirst("\\{", "{\"options\": {\"formulation\": \"seed\", "
                + "\"timeLimitSeconds\": 1},");

        SolveResult result = new SolvesApi(base).submitAndWait(school);

        assertThat(result.status()).isEqualTo(SolveStatus.TIMED_OUT);
        assertThat(result.message()).isEqualTo("No plan was found within the time limit of 1 s.");
        assertThat(result.timings().solveMillis()).isLessThan(10_000L);
    }

    @Test
    @RunAsClient
    void cancelsARunningSolveWithinASecond() {
        // The seed model searches this tight school for minutes; cancelling stops it. (One alternative: a school
        // account may ask for 300 s of solving per request.)
        SolvesApi api = new SolvesApi(base);
        URI solve = cancelWhileRunning(api, Schools.json("district-044").replaceFirst("\\{",
                "{\"options\": {\"formulation\": \"seed\", \"timeLimitSeconds\": 120, \"alternatives\": 1},"));
        assertThat(api.cancel(solve)).as("cancelling a finished solve changes nothing").isEqualTo(200);
        assertThat(api.get(solve).status()).isEqualTo(SolveStatus.CANCELLED);
    }

    @Test
    @RunAsClient
    void endsADefaultFormulationSolveAtItsTimeLimit() {
        // A generated K-12 school (every neighbouring pair and triple allowed) the default cannot settle in a minute.
        String school = Schools.json("long-search").replaceFirst("\\{", "{\"options\": {\"timeLimitSeconds\": 2, "
                + "\"alternatives\": 1},");

        SolveResult result = new SolvesApi(base).submitAndWait(school);

        assertThat(result.status()).isEqualTo(SolveStatus.TIMED_OUT);
        assertThat(result.message()).isEqualTo("No plan was found within the time limit of 2 s.");
        // bench measures the overshoot itself; here only that the limit holds, with room for a loaded CI machine.
        assertThat(result.timings().solveMillis()).isBetween(2_000L, 3_000L);
    }

    @Test
    @RunAsClient
    void cancelsARunningDefaultFormulationSolveWithinASecond() {
        cancelWhileRunning(new SolvesApi(base), Schools.json("long-search").replaceFirst("\\{",
                "{\"options\": {\"timeLimitSeconds\": 60, \"alternatives\": 1},"));
    }

    /** Submits the school, cancels it once it runs, and checks that it ends CANCELLED within a second; its URI. */
    private URI cancelWhileRunning(SolvesApi api, String school) {
        URI solve = api.submit(jakarta.ws.rs.client.Entity.entity(school, "application/json"));
        assertThat(api.waitWhile(solve, SolveStatus.QUEUED).status()).isEqualTo(SolveStatus.RUNNING);

        java.time.Instant cancelled = java.time.Instant.now();
        assertThat(api.cancel(solve)).isEqualTo(202);
        SolveResult result = api.waitWhile(solve, SolveStatus.RUNNING);

        assertThat(result.status()).isEqualTo(SolveStatus.CANCELLED);
        assertThat(java.time.Duration.between(cancelled, java.time.Instant.now())).isLessThan(
                java.time.Duration.ofSeconds(1));
        assertThat(result.message()).as("GLPK stopped; the solve was not abandoned")
                .startsWith("Cancelled").doesNotContain("did not stop");
        return solve;
    }

    @Test
    @RunAsClient
    void listsThePolicyPluginsOfThePluginsFolder() {
        SolvesApi.Answer answer = new SolvesApi(base).get("plugins");

        assertThat(answer.status()).isEqualTo(200);
        var installed = answer.json().getJsonArray("installed").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(installed).extracting(plugin -> plugin.getString("id") + " " + plugin.getString("kind") + " "
                        + plugin.getString("source"))
                .contains("humanise balancing built-in", "scotland size jurisdictions-0.1.0-SNAPSHOT.jar",
                        "queensland size jurisdictions-0.1.0-SNAPSHOT.jar",
                        "older-composites weighting older-composites-0.1.0-SNAPSHOT.jar",
                        "even-composite-groups balancing even-composite-groups-0.1.0-SNAPSHOT.jar",
                        "balance-first weighting balance-first-0.1.0-SNAPSHOT.jar",
                        "relieve-fullest weighting relieve-fullest-0.1.0-SNAPSHOT.jar");
        assertThat(answer.json().getJsonArray("problems")).isEmpty();
        // The test server's district default (cruncher.policies.weighting), and no size policy.
        assertThat(answer.json().getJsonObject("defaults").getString("weighting")).isEqualTo("older-composites");
        assertThat(answer.json().getJsonObject("defaults").containsKey("sizePolicy")).isFalse();
    }

    @Test
    @RunAsClient
    void picksUpAPluginDroppedInOrRemovedOnItsOwnWhileTheServerRuns() throws java.io.IOException {
        java.nio.file.Path later = java.nio.file.Path.of(System.getProperty("cruncher.itPluginsLater"),
                "prefer-straight-classes-0.1.0-SNAPSHOT.jar");
        java.nio.file.Path dropped = java.nio.file.Path.of(System.getProperty("cruncher.itPlugins"),
                later.getFileName().toString());
        SolvesApi api = new SolvesApi(base);
        try {
            java.nio.file.Files.copy(later, dropped.resolveSibling("straight.part"));
            java.nio.file.Files.move(dropped.resolveSibling("straight.part"), dropped);
            // No rescan call: the server's timer (every 2 s here, 30 s by default) finds the jar.
            assertThat(waitForPlugins(api, ids -> ids.contains("prefer-straight-classes"))).isTrue();

            java.nio.file.Files.delete(dropped);
            assertThat(waitForPlugins(api, ids -> !ids.contains("prefer-straight-classes") && ids.contains("scotland")))
                    .isTrue();
        } finally {
            java.nio.file.Files.deleteIfExists(dropped);
        }
    }

    /** Polls the plugin listing until its ids satisfy {@code wanted}, for at most 40 s; answers whether they did. */
    private static boolean waitForPlugins(SolvesApi api, java.util.function.Predicate<List<String>> wanted) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(40);
        while (java.time.Instant.now().isBefore(deadline)) {
            if (wanted.test(pluginIds(api.get("plugins")))) {
                return true;
            }
            pause(200);
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @RunAsClient
    void purgesAFinishedSolveOnceItIsPastItsRetention() {
        // Kept for 45 s after it finished here (30 days by default); the housekeeping timer runs every second here.
        SolvesApi api = new SolvesApi(base);
        URI solve = api.submit(jakarta.ws.rs.client.Entity.json(Schools.seedExample()));
        assertThat(api.waitFor(solve).status()).isEqualTo(SolveStatus.SOLVED);
        java.time.Instant finished = java.time.Instant.now();

        int status = 200;
        while (status == 200 && java.time.Instant.now().isBefore(finished.plusSeconds(75))) {
            pause(500);
            status = api.status(solve);
        }

        assertThat(status).isEqualTo(404);
        assertThat(java.time.Duration.between(finished, java.time.Instant.now()))
                .isBetween(java.time.Duration.ofSeconds(44), java.time.Duration.ofSeconds(60));
    }

    @Test
    @RunAsClient
    void endsOverdueSolvesTimedOutAndFreesTheirSlots() throws java.io.IOException {
        String dropped = "stuck-too.jar";
        SolvesApi api = new SolvesApi(base);
        try {
            assertThat(pluginIds(dropIn(TestPluginJar.STUCK_TOO, dropped))).contains(TestPluginJar.STUCK_TOO.policyId);
            // Both solve slots held by a policy that never answers within its budget (12 s here): the overdue timer
            // ends them first, at their time limit (1 s) and the grace (5 s here), and so frees the slots.
            List<URI> stuck = List.of(
                    api.submit(jakarta.ws.rs.client.Entity.entity(
                            TestPluginJar.STUCK_TOO.chosenIn(Schools.seedExampleJson(), 1), "application/json")),
                    api.submit(jakarta.ws.rs.client.Entity.entity(
                            TestPluginJar.STUCK_TOO.chosenIn(Schools.seedExampleJson(), 1), "application/json")));
            stuck.forEach(overdue -> assertThat(api.waitWhile(overdue, SolveStatus.QUEUED).status())
                    .isEqualTo(SolveStatus.RUNNING));
            URI fine = api.submit(jakarta.ws.rs.client.Entity.json(Schools.seedExample()));

            for (URI overdue : stuck) {
                SolveResult ended = api.waitFor(overdue);
                assertThat(ended.status()).isEqualTo(SolveStatus.TIMED_OUT);
                assertThat(ended.message()).isEqualTo("Ended by the server: it ran past its time limit of 1 s.");
                assertThat(java.time.Duration.between(ended.timings().startedAt(), ended.timings().finishedAt()))
                        .isBetween(java.time.Duration.ofSeconds(6), java.time.Duration.ofSeconds(9));
            }
            SolveResult solved = api.waitFor(fine);
            assertThat(solved.status()).isEqualTo(SolveStatus.SOLVED);
            assertThat(solved.timings().startedAt()).as("it waited for a slot the overdue timer freed")
                    .isAfter(api.get(stuck.get(0)).timings().startedAt().plusSeconds(5));
            for (URI overdue : stuck) {
                assertThat(api.get(overdue).message()).isEqualTo("Ended by the server: it ran past its time limit of 1 s.");
            }
        } finally {
            takeOut(dropped);
        }
    }

    @Test
    @RunAsClient
    void aPolicyThatNeverAnswersFailsOnlyItsSolvesAndIsDisabled() throws java.io.IOException {
        String dropped = "stuck.jar";
        SolvesApi api = new SolvesApi(base);
        String policy = TestPluginJar.STUCK.policyId;
        try {
            assertThat(pluginIds(dropIn(TestPluginJar.STUCK, dropped))).contains(policy);
            // Both solve slots (two here) held by a policy that never answers, then a school without it.
            URI first = api.submit(jakarta.ws.rs.client.Entity.entity(
                    TestPluginJar.STUCK.chosenIn(Schools.seedExampleJson(), 60), "application/json"));
            URI second = api.submit(jakarta.ws.rs.client.Entity.entity(
                    TestPluginJar.STUCK.chosenIn(Schools.seedExampleJson(), 60), "application/json"));
            List.of(first, second).forEach(stuck -> assertThat(api.waitWhile(stuck, SolveStatus.QUEUED).status())
                    .isEqualTo(SolveStatus.RUNNING));
            java.time.Instant submitted = java.time.Instant.now();
            URI fine = api.submit(jakarta.ws.rs.client.Entity.json(Schools.seedExample()));

            for (URI stuck : List.of(first, second)) {
                SolveResult failed = api.waitFor(stuck);
                assertThat(failed.status()).isEqualTo(SolveStatus.FAILED);
                assertThat(failed.message()).isEqualTo("The size policy '" + policy
                        + "' ran past its time budget of 12000 ms in this solve.");
            }
            SolveResult solved = api.waitFor(fine);
            assertThat(solved.status()).isEqualTo(SolveStatus.SOLVED);
            assertThat(java.time.Duration.between(submitted, solved.timings().finishedAt()))
                    .as("the slots are free once the budget is spent").isLessThan(java.time.Duration.ofSeconds(18));

            // Two overruns (here; three by default) disable it until its jar is replaced.
            SolvesApi.Answer listing = api.get("plugins");
            assertThat(pluginIds(listing)).doesNotContain(policy);
            assertThat(problems(listing)).contains("stuck.jar: size plugin '" + policy + "' is disabled: it ran past its time budget 2 "
                            + "times; replace its jar to enable it again");
            assertThat(api.post(TestPluginJar.STUCK.chosenIn(Schools.seedExampleJson(), 60)).status()).isEqualTo(400);
        } finally {
            takeOut(dropped);
        }
    }

    @Test
    @RunAsClient
    void refusesAPluginJarThatWouldEndTheServer() throws java.io.IOException {
        String dropped = "exits.jar";
        SolvesApi api = new SolvesApi(base);
        try {
            SolvesApi.Answer listing = dropIn(TestPluginJar.EXITING, dropped);

            assertThat(pluginIds(listing)).doesNotContain(TestPluginJar.EXITING.policyId);
            String policyClass = "district/Policy" + TestPluginJar.EXITING.ordinal() + ".class";
            assertThat(problems(listing)).contains("exits.jar: refused: a plugin may use only the plugin API and plain "
                    + "Java types (numbers, strings, math, collections), but it uses java.lang.Class.forName in "
                    + policyClass + ", java.lang.Class.getMethod in " + policyClass + ", java.lang.reflect.Method.invoke in "
                    + policyClass);
            SolvesApi.Answer refused = api.post(TestPluginJar.EXITING.chosenIn(Schools.seedExampleJson(), 5));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("options.sizePolicy");
            assertThat(api.submitAndWait(Schools.seedExample()).status()).isEqualTo(SolveStatus.SOLVED);
        } finally {
            takeOut(dropped);
        }
    }

    @Test
    @RunAsClient
    void aThrowingPolicyFailsOnlyTheSolveThatUsesItAndTheShellChecksThatWaitForIt() throws java.io.IOException {
        String dropped = "broken.jar";
        SolvesApi api = new SolvesApi(base);
        try {
            assertThat(pluginIds(dropIn(TestPluginJar.THROWING, dropped))).contains(TestPluginJar.THROWING.policyId);
            String school = """
                    {"name": "Seed example", "teachers": 6, "minSubclassSize": 5,
                     "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                                {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                                {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
                     "composites": [{"grades": ["K", "1"]}]}
                    """;

            URI broken = api.submit(jakarta.ws.rs.client.Entity.entity(school.replaceFirst("\\{",
                    "{\"options\": {\"sizePolicy\": \"" + TestPluginJar.THROWING.policyId + "\"},"), "application/json"));
            URI fine = api.submit(jakarta.ws.rs.client.Entity.entity(school, "application/json"));

            SolveResult failed = api.waitFor(broken);
            assertThat(failed.status()).isEqualTo(SolveStatus.FAILED);
            assertThat(failed.message()).startsWith("The size policy 'always-throws' failed: ")
                    .contains("this rule is broken");
            assertThat(api.waitFor(fine).status()).isEqualTo(SolveStatus.SOLVED);

            // The checks (crash_test.py, load_test.py, cluster_test.py, which the test command runs) wait with
            // await_jobs.py: a failed job must fail them, and only the statuses a check expects may pass it.
            AwaitJobs both = awaitJobs(List.of(broken, fine));
            assertThat(both.exit()).as(both.output()).isEqualTo(1);
            assertThat(both.output()).contains("ended otherwise than SOLVED/INFEASIBLE: 1")
                    .contains(lastSegment(broken) + " ended FAILED: The size policy 'always-throws' failed");
            assertThat(awaitJobs(List.of(fine)).exit()).isZero();
            assertThat(awaitJobs(List.of(broken, fine), "--expect", "SOLVED,FAILED").exit()).isZero();
        } finally {
            takeOut(dropped);
        }
    }

    private record AwaitJobs(int exit, String output) {
    }

    /** Runs server-config/checks/await_jobs.py, as the checks do, on these solves of school "a"'s user. */
    private AwaitJobs awaitJobs(List<URI> solves, String... options) throws java.io.IOException {
        java.nio.file.Path ids = java.nio.file.Files.createTempFile("await-jobs", ".ids");
        java.nio.file.Files.write(ids, solves.stream().map(ClassCruncherIT::lastSegment).toList());
        List<String> command = new java.util.ArrayList<>(List.of("python3",
                java.nio.file.Path.of("..", "server-config", "checks", "await_jobs.py").toString(),
                URI.create(base.toString()).resolve("api/v1").toString(), TestAccounts.school(base, "a").token(),
                ids.toString(), "60"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new AwaitJobs(process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastSegment(URI solve) {
        String path = solve.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private PortalPage schoolPortal() {
        TestAccounts.Account user = TestAccounts.school(base, "a");
        return PortalPage.loggedIn(base, user.username(), user.password());
    }

    /** Writes the test plugin's jar into the plugins folder as this file, and has the server look at once. */
    private SolvesApi.Answer dropIn(TestPluginJar plugin, String file) throws java.io.IOException {
        plugin.write(java.nio.file.Path.of(System.getProperty("cruncher.itPlugins"), file));
        return new SolvesApi(base, TestAccounts.adminBearer(base)).post("plugins/rescan", "");
    }

    /** Removes a test plugin's jar, and has the server look at once, so the next test sees the examples only. */
    private void takeOut(String file) throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(System.getProperty("cruncher.itPlugins"), file));
        new SolvesApi(base, TestAccounts.adminBearer(base)).post("plugins/rescan", "");
    }

    private static List<String> problems(SolvesApi.Answer listing) {
        return listing.json().getJsonArray("problems").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(problem -> problem.getString("source") + ": " + problem.getString("error"))
                .toList();
    }

    private static List<String> pluginIds(SolvesApi.Answer listing) {
        assertThat(listing.status()).isEqualTo(200);
        return listing.json().getJsonArray("installed").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(plugin -> plugin.getString("id"))
                .toList();
    }

    @Test
    @RunAsClient
    void plansWithinAJurisdictionsSizePolicyFromAPluginJar() {
        // Grades 4, 5, 6 with 14, 14, 20 children and 2 teachers: on its own the school puts 4/5 in one class of
        // 28; under Scotland's rule (composites at most 25) grade 5 must be split between two composites.
        String school = """
                {"name": "Three grades", "teachers": 2, "minSubclassSize": 4,
                 "grades": [{"grade": "4", "children": 14, "minClassSize": 10, "maxClassSize": 30},
                            {"grade": "5", "children": 14, "minClassSize": 10, "maxClassSize": 30},
                            {"grade": "6", "children": 20, "minClassSize": 10, "maxClassSize": 30}],
                 "composites": [{"grades": ["4", "5"]}, {"grades": ["5", "6"]}]%s}
                """;
        SolvesApi api = new SolvesApi(base);

        SolveResult own = api.submitAndWait(school.formatted(""));
        SolveResult scotland = api.submitAndWait(school.formatted(", \"options\": {\"sizePolicy\": \"scotland\"}"));

        assertThat(own.plans().get(0).summary().largestClass()).isEqualTo(28);
        assertThat(scotland.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(scotland.plugins()).containsExactly("scotland@1.0", "older-composites@1.0");
        assertThat(scotland.plans()).allSatisfy(plan -> assertThat(plan.classes())
                .filteredOn(PlannedClass::composite)
                .allSatisfy(composite -> assertThat(composite.total()).isLessThanOrEqualTo(25)));
        assertThat(scotland.plans().get(0).summary().composites()).isEqualTo(2);
    }

    @Test
    @RunAsClient
    void appliesABalancingRuleFromAPluginJarAfterTheSeedModel() {
        // Kindergarten's 22 cannot be a class of their own (23 at least) nor join one composite (22 + 5 > 26): two K/1
        // composites in every plan, whose groups the rule evens out.
        SchoolRequest school = new SchoolRequest("Two composites", 2, 5,
                List.of(new GradeSpec("K", 22, 23, 26, null), new GradeSpec("1", 26, 23, 26, null)),
                List.of(new CompositeSpec(List.of("K", "1"), null, null)), new SolveOptions(3, 30, null,
                        List.of("humanise", "even-composite-groups"), SolveOptions.SEED_FORMULATION, null, null));

        SolveResult result = new SolvesApi(base).submitAndWait(school);

        assertThat(result.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(result.plugins()).contains("humanise@1", "even-composite-groups@1.0");
        for (ClassPlan plan : result.plans()) {
            List<PlannedClass> composites = plan.classes().stream().filter(PlannedClass::composite).toList();
            assertThat(composites).as("plan %d", plan.rank()).hasSize(2);
            for (String grade : List.of("K", "1")) {
                IntSummaryStatistics groups = composites.stream().mapToInt(c -> c.childrenOf(grade)).summaryStatistics();
                assertThat(groups.getMax() - groups.getMin())
                        .as("grade %s groups in the composites of plan %d", grade, plan.rank()).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    @RunAsClient
    void usesTheDistrictsDefaultWeightingWhenARequestNamesNone() {
        // The server runs with -Dcruncher.policies.weighting=older-composites (see arquillian.xml).
        SolveResult result = new SolvesApi(base).submitAndWait(Schools.seedExample());

        assertThat(result.school().options().weighting()).isNull();
        assertThat(result.plugins()).containsExactly("older-composites@1.0");
    }

    @Test
    @RunAsClient
    void answersAnUnknownPolicyWith400ListingTheInstalledOnes() {
        SolvesApi.Answer answer = new SolvesApi(base).post("""
                {"teachers": 2, "grades": [{"grade": "K", "children": 30, "minClassSize": 10, "maxClassSize": 25}],
                 "options": {"sizePolicy": "atlantis"}}
                """);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getString("field")).isEqualTo("options.sizePolicy");
        assertThat(answer.json().getString("detail")).startsWith("no size policy 'atlantis' is installed; installed: ")
                .contains("scotland", "queensland", "british-columbia-union");
    }

    @Test
    @RunAsClient
    void listsSolvesPageByPageFilteredAndSortedOnTheServer() {
        SolvesApi api = new SolvesApi(base);
        String marker = "Listing " + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (String suffix : List.of(" Alpha", " Beta", " Gamma")) {
            api.submitAndWait(Schools.json("tight-04").replace("\"name\": \"tight-04\"",
                    "\"name\": \"" + marker + suffix + "\""));
        }

        SolvesApi.Answer firstPage = api.get("solves?q=" + marker.replace(" ", "%20") + "&size=2&sort=school&order=asc");
        SolvesApi.Answer secondPage = api.get("solves?q=" + marker.replace(" ", "%20") + "&size=2&page=1&sort=school&order=asc");
        SolvesApi.Answer infeasible = api.get("solves?q=" + marker.replace(" ", "%20") + "&status=infeasible");
        SolvesApi.Answer wrong = api.get("solves?size=0");

        assertThat(firstPage.json().getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(firstPage.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(item -> item.getString("school")).containsExactly(marker + " Alpha", marker + " Beta");
        assertThat(secondPage.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(item -> item.getString("school")).containsExactly(marker + " Gamma");
        assertThat(infeasible.json().getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getString("detail")).contains("size must be between 1 and 200");
    }

    @Test
    @RunAsClient
    void solvesADistrictsListOfSchoolsAsABatch() throws InterruptedException {
        SolvesApi api = new SolvesApi(base);
        String seed = """
                {"name": "Batch seed", "teachers": 6, "minSubclassSize": 5,
                 "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
                 "composites": [{"grades": ["K", "1"]}]}
                """;

        SolvesApi.Answer submitted = api.post("batches", "{\"schools\": [" + seed + ", " + Schools.json("tight-04") + "]}");

        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.location()).isNotNull();
        jakarta.json.JsonObject batch = submitted.json();
        String path = "batches/" + batch.getString("id");
        for (int poll = 0; poll < 300 && !batch.getBoolean("finished"); poll++) {
            Thread.sleep(100);
            batch = api.get(path).json();
        }
        assertThat(batch.getInt("total")).isEqualTo(2);
        assertThat(batch.getJsonObject("byStatus").getInt("SOLVED")).isEqualTo(1);
        assertThat(batch.getJsonObject("byStatus").getInt("INFEASIBLE")).isEqualTo(1);
        assertThat(batch.getJsonArray("solves").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(solve -> solve.getString("school")).containsExactly("Batch seed", "tight-04");
        assertThat(api.get("batches/no-such-batch").status()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void refusesNewSolvesWith503WhenTheQueueIsFull() {
        // The server takes at most 8 unfinished solves (see arquillian.xml); the seed model keeps these busy. The
        // district admin fills the queue: a school account's quota (6 here) is smaller than the queue.
        SolvesApi api = new SolvesApi(base, TestAccounts.adminBearer(base));
        String slow = SLOW_SCHOOL;
        List<URI> accepted = new java.util.ArrayList<>();
        try {
            SolvesApi.Answer refused = null;
            for (int i = 0; i < 12 && refused == null; i++) {
                SolvesApi.Answer answer = api.postRaw("solves", slow);
                if (answer.status() == 202) {
                    accepted.add(answer.location());
                } else {
                    refused = answer;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.retryAfter()).isEqualTo("60");
            assertThat(refused.mediaType()).isEqualTo("application/problem+json");
            // The portal says so on the form, not with an error page.
            try (PortalPage portal = PortalPage.loggedIn(base, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)) {
                portal.loadExample();
                portal.submit();
                assertThat(portal.currentPath()).isIn("/", "/index.xhtml");
                assertThat(portal.text("school:messages")).startsWith("Not queued: ")
                        .contains("solves are queued or running, the most this server takes");
            }
        } finally {
            accepted.forEach(api::cancel);
        }
        assertThat(accepted).allSatisfy(solve -> assertThat(api.waitFor(solve).status()).isEqualTo(SolveStatus.CANCELLED));
    }

    /** A school the seed model keeps busy for its whole time limit: 120 s, one alternative. */
    private static final String SLOW_SCHOOL = Schools.json("district-044").replaceFirst("\\{",
            "{\"options\": {\"formulation\": \"seed\", \"timeLimitSeconds\": 120, \"alternatives\": 1},");

    /** The seed example with this name and these options (JSON members, e.g. {@code "alternatives": 3}). */
    private static String seedExample(String name, String options) {
        return """
                {"name": "%s", "teachers": 6, "minSubclassSize": 5,
                 "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
                 "composites": [{"grades": ["K", "1"]}], "options": {%s}}
                """.formatted(name, options);
    }

    @Test
    @RunAsClient
    void refusesASchoolUserPastTheirQuotaWith429NamingTheLimitAndSaysSoInThePortal() {
        // A school account may have 6 solves queued or running here (see arquillian.xml); the queue takes 8.
        TestAccounts.Account user = TestAccounts.school(base, "c");
        SolvesApi api = new SolvesApi(base, user.bearer());
        List<URI> accepted = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                accepted.add(api.submit(jakarta.ws.rs.client.Entity.entity(SLOW_SCHOOL, "application/json")));
            }

            SolvesApi.Answer refused = api.postRaw("solves", SLOW_SCHOOL);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.retryAfter()).isEqualTo("60");
            assertThat(refused.mediaType()).isEqualTo("application/problem+json");
            assertThat(refused.json().getString("type")).isEqualTo("urn:class-cruncher:problem:quota-exceeded");
            assertThat(refused.json().getString("limit")).isEqualTo("unfinishedPerAccount");
            assertThat(refused.json().getString("detail")).startsWith("You have 6 solves queued or running")
                    .contains("cruncher.limits.unfinishedPerAccount = 6");
            try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
                portal.loadExample();
                portal.submit();
                assertThat(portal.currentPath()).isIn("/", "/index.xhtml");
                assertThat(portal.text("school:messages"))
                        .startsWith("Not queued: You have 6 solves queued or running");
            }
        } finally {
            accepted.forEach(api::cancel);
        }
        assertThat(accepted).allSatisfy(solve -> assertThat(api.waitFor(solve).status()).isEqualTo(SolveStatus.CANCELLED));
    }

    @Test
    @RunAsClient
    void refusesABatchThatWouldPassTheQuotaAndQueuesNoneOfIt() {
        TestAccounts.Account user = TestAccounts.school(base, "d");
        SolvesApi api = new SolvesApi(base, user.bearer());
        String marker = "Quota batch " + TestAccounts.RUN;
        String school = seedExample(marker, "");

        SolvesApi.Answer refused = api.post("batches",
                "{\"schools\": [" + String.join(", ", java.util.Collections.nCopies(7, school)) + "]}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo("60");
        assertThat(refused.json().getString("limit")).isEqualTo("unfinishedPerAccount");
        assertThat(refused.json().getString("detail")).startsWith("You have 0 solves queued or running; 7 more would "
                + "pass the most one account may have (cruncher.limits.unfinishedPerAccount = 6).");
        assertThat(api.get("solves?q=" + marker.replace(" ", "%20")).json().getJsonNumber("total").longValue())
                .as("none of the batch was queued").isZero();
    }

    @Test
    @RunAsClient
    void refusesMoreSolvingPerRequestThanTheRoleMayNamingTheTimeLimit() {
        // 3 alternatives × 120 s = 360 s: over a school account's 300 s, within a district admin's 3600 s.
        String asking = seedExample("Long search", "\"alternatives\": 3, \"timeLimitSeconds\": 120");
        SolvesApi school = new SolvesApi(base);

        SolvesApi.Answer refused = school.post(asking);
        SolvesApi.Answer inABatch = school.post("batches", "{\"schools\": [" + seedExample("Fine", "") + ", "
                + asking + "]}");
        SolveResult byTheDistrict = new SolvesApi(base, TestAccounts.adminBearer(base)).submitAndWait(asking);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mediaType()).isEqualTo("application/problem+json");
        assertThat(refused.json().getString("field")).isEqualTo("options.timeLimitSeconds");
        assertThat(refused.json().getString("detail"))
                .startsWith("options.timeLimitSeconds must be at most 100 for 3 alternatives")
                .contains("at most 300 s of solving per request");
        assertThat(inABatch.status()).isEqualTo(400);
        assertThat(inABatch.json().getString("field")).isEqualTo("schools[1].options.timeLimitSeconds");
        assertThat(byTheDistrict.status()).isEqualTo(SolveStatus.SOLVED);
    }

    @Test
    @RunAsClient
    void showsTheCapOnSolvingNextToTheTimeLimitInThePortal() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            portal.fill("school:timeLimitSeconds", "120");
            portal.submit();

            assertThat(portal.messageNextTo("school:timeLimitSeconds"))
                    .startsWith("options.timeLimitSeconds must be at most 100 for 3 alternatives");
        }
    }

    @Test
    @RunAsClient
    void answersAnInvalidSchoolWith400NamingTheField() {
        SolvesApi api = new SolvesApi(base);

        SolvesApi.Answer answer = api.post("""
                {"teachers": 4, "grades": [{"grade": "K", "children": 40, "minClassSize": 15, "maxClassSize": 22}],
                 "composites": [{"grades": ["K", "1"]}]}
                """);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
        assertThat(answer.json().getString("field")).isEqualTo("composites[K/1].grades");
        assertThat(answer.json().getString("detail"))
                .isEqualTo("composite K/1 names grade 1, which the school does not teach");
    }

    @Test
    @RunAsClient
    void answersMissingAndMalformedFieldsWith400NeverA500() {
        SolvesApi api = new SolvesApi(base);

        SolvesApi.Answer missing = api.post("""
                {"teachers": 4, "grades": [{"grade": "K", "minClassSize": 15, "maxClassSize": 22}]}
                """);
        SolvesApi.Answer malformed = api.post("{\"teachers\": \"four\"}");
        SolvesApi.Answer notJson = api.post("teachers=4");
        SolvesApi.Answer empty = api.post("");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getString("field")).isEqualTo("grades[K].children");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("field")).isEqualTo("teachers");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.mediaType()).isEqualTo("application/problem+json");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getString("field")).isEqualTo("body");
    }

    @Test
    @RunAsClient
    void answersAnUnknownSolveWith404() {
        SolvesApi.Answer answer = new SolvesApi(base).get("solves/no-such-solve");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
    }

    @Test
    @RunAsClient
    void plansTheExampleSchoolInThePortal() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            portal.submit();

            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            List<PortalPage.Row> rows = portal.planRows();
            assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(6);
            assertThat(rows).allSatisfy(row -> assertThat(row.total()).isBetween(10, 25));
            assertThat(rows.stream().mapToInt(PortalPage.Row::total).sum()).isEqualTo(110);
            assertThat(rows).extracting(PortalPage.Row::label).allMatch(label -> label.matches("[K0-9/]+ [A-Z]+"));
            assertThat(portal.text("node")).startsWith("Run on server ");
            // Each plan links to its class list in CSV, which the browser fetches with its session.
            assertThat(portal.attributes(".export-csv", "href")).isNotEmpty()
                    .allMatch(href -> href.matches(".*/api/v1/solves/[-0-9a-f]+/plan\\.csv\\?rank=[0-9]+"))
                    .first().asString().endsWith("rank=1");

            portal.go(base, "solves.xhtml");
            assertThat(portal.texts(".solve-school")).contains("Seed example");
            // Statuses in words, school names rather than ids, times in the reader's zone (set by the page's script).
            assertThat(portal.texts(".solve-status")).contains("Planned").doesNotContain("SOLVED");
            assertThat(portal.pageText()).contains("School A " + TestAccounts.RUN);
            portal.waitFor("time.local-time[data-local]");

            portal.go(base, "plugins.xhtml");
            assertThat(portal.text("districtDefaults")).isEqualTo(
                    "District defaults in force: Class size policy: none; Weighting: older-composites; Plan rules: "
                            + "none.");
        }
    }

    @Test
    @RunAsClient
    void plansTheSchoolWhenEnterIsPressedInAFieldAndKeepsEveryGrade() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            portal.fill("school:teachers", "6");
            portal.pressEnterIn("school:teachers");

            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            // All 110 children of grades K, 1 and 2 are planned: Enter removed no grade.
            assertThat(portal.planRows().stream().mapToInt(PortalPage.Row::total).sum()).isEqualTo(110);
            assertThat(portal.planRows()).extracting(PortalPage.Row::label).anyMatch(label -> label.startsWith("K"));
        }
    }

    @Test
    @RunAsClient
    void explainsAnInfeasibleSchoolInThePortal() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            portal.fill("school:teachers", "4");
            portal.submit();

            assertThat(portal.waitForFinishedStatus()).isEqualTo("INFEASIBLE");
            assertThat(portal.texts(".diagnosis .reason"))
                    .contains("110 children need at least 5 classes of at most 25, but there are 4 teachers.");
            assertThat(portal.texts(".diagnosis .fix")).contains("With 5 teachers instead of 4, the school has a plan. "
                    + "With 4 no plan exists: grades K-2 need at least 5 classes of at most 25 (4 for K-1, 1 for 2).");
            portal.screenshot("fix-1-infeasible");

            // The fix in one click: the school planned again with 5 teachers.
            portal.clickButton("Plan with this change");
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("scenario")).isEqualTo("With 5 teachers instead of 4");
            assertThat(portal.text("inputTeachers")).isEqualTo("5");
            portal.screenshot("fix-2-applied");
        }
    }

    @Test
    @RunAsClient
    void showsARejectedFieldNextToItInThePortal() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            // 1/2 ticked while grade 2 is renamed 3 in the same go: the composite names a grade no longer taught.
            portal.tick("school:composites", "1/2");
            portal.fill("school:grades:2:grade", "3");
            portal.submit();

            assertThat(portal.messageNextTo("school:composites"))
                    .isEqualTo("composite 1/2 names grade 2, which the school does not teach");
        }
    }

    private static final String K6 = Schools.k6("Workflow Primary");

    @Test
    @RunAsClient
    void keepsASchoolsInputsVersionedAndReplansAStoredSolveWithChanges() {
        TestAccounts.Account user = TestAccounts.school(base, "inputs");
        Http http = new Http(base);
        String inputs = "api/v1/schools/" + user.school() + "/inputs";
        Http.Answer none = http.call("GET", inputs, user.bearer(), null);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");

        Http.Answer saved = http.call("PUT", inputs, user.bearer(), K6);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().asJsonObject().getInt("version")).isEqualTo(1);
        assertThat(http.call("PUT", inputs, user.bearer(), K6).json().asJsonObject().getInt("version"))
                .as("the same inputs again are the same version").isEqualTo(1);

        Http.Answer submitted = http.call("POST", "api/v1/solves?scenario=2027%20as%20planned", user.bearer(), K6);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String first = submitted.json().asJsonObject().getString("id");
        assertThat(submitted.json().asJsonObject().getString("scenario")).isEqualTo("2027 as planned");

        Http.Answer replanned = http.call("POST", "api/v1/solves/" + first + "/replan?scenario=one%20less",
                user.bearer(), "{\"teachers\": 7, \"grades\": {\"1\": {\"children\": 33}}, "
                        + "\"allowComposites\": [\"2/3\"]}");
        assertThat(replanned.status()).as(replanned.body()).isEqualTo(202);
        assertThat(replanned.header("Location")).endsWith("/api/v1/solves/"
                + replanned.json().asJsonObject().getString("id"));
        var school = replanned.json().asJsonObject().getJsonObject("school");
        assertThat(school.getInt("teachers")).isEqualTo(7);
        assertThat(school.getJsonArray("grades").getJsonObject(1).getInt("children")).isEqualTo(33);
        assertThat(school.getJsonArray("composites")).hasSize(2);
        assertThat(replanned.json().asJsonObject().getString("scenario")).isEqualTo("one less");

        // A what-if leaves the school's saved inputs alone; a submission with other inputs saves them as version 2.
        assertThat(http.call("GET", inputs, user.bearer(), null).json().asJsonObject().getInt("version"))
                .isEqualTo(1);
        assertThat(http.call("POST", "api/v1/solves", user.bearer(), K6.replace("\"teachers\": 8", "\"teachers\": 9"))
                .status()).isEqualTo(202);
        Http.Answer latest = http.call("GET", inputs, user.bearer(), null);
        assertThat(latest.json().asJsonObject().getInt("version")).isEqualTo(2);
        assertThat(latest.json().asJsonObject().getJsonObject("inputs").getInt("teachers")).isEqualTo(9);
        assertThat(http.call("GET", inputs + "/versions", user.bearer(), null).json().asJsonArray()).hasSize(2);
        assertThat(http.call("GET", inputs + "/versions/1", user.bearer(), null).json().asJsonObject()
                .getJsonObject("inputs").getInt("teachers")).isEqualTo(8);

        Http.Answer unknownGrade = http.call("POST", "api/v1/solves/" + first + "/replan", user.bearer(),
                "{\"grades\": {\"9\": {\"children\": 3}}}");
        assertThat(unknownGrade.status()).isEqualTo(400);
        assertThat(unknownGrade.body()).contains("grades[9]").contains("the school has no grade 9");
        Http.Answer letters = http.call("POST", "api/v1/solves/" + first + "/replan", user.bearer(),
                "{\"grades\": {\"1\": {\"children\": \"eight\"}}}");
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.body()).contains("grades[1].children must be a whole number");
        Http.Answer notAllowed = http.call("POST", "api/v1/solves/" + first + "/replan", user.bearer(),
                "{\"forbidComposites\": [\"4/5\"]}");
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.body()).contains("composite 4/5 is not allowed now");

        // Another school's user sees neither the inputs nor the solve.
        TestAccounts.Account other = TestAccounts.school(base, "b");
        assertThat(http.call("GET", inputs, other.bearer(), null).status()).isEqualTo(404);
        assertThat(http.call("POST", "api/v1/solves/" + first + "/replan", other.bearer(), "{}").status())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void answersWhatIfsFromTheResultWithoutRetypingTheSchool() {
        TestAccounts.Account user = TestAccounts.school(base, "whatif");
        assertThat(new Http(base).call("PUT", "api/v1/schools/" + user.school() + "/inputs", user.bearer(), K6)
                .status()).isEqualTo(200);
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            // The form opens with the school's saved inputs.
            assertThat(portal.text("school:filledFrom")).contains("saved inputs (version 1");
            assertThat(portal.value("school:teachers")).isEqualTo("8");
            assertThat(portal.value("school:grades:1:children")).isEqualTo("25");
            assertThat(portal.ticked("school:composites")).containsExactly("K/1");
            portal.screenshot("what-if-1-form-prefilled");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("inputTeachers")).isEqualTo("8");
            portal.screenshot("what-if-2-planned");

            // "One teacher less?"
            portal.clickButton("One teacher less");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("scenario")).isEqualTo("7 teachers");
            assertThat(portal.text("inputTeachers")).isEqualTo("7");
            portal.screenshot("what-if-3-one-teacher-less");

            // "Allow 2/3?"
            portal.clickButton("Allow 2/3");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("inputComposites")).isEqualTo("K/1, 2/3");
            assertThat(portal.text("inputTeachers")).isEqualTo("7");
            portal.screenshot("what-if-4-allow-2-3");

            // "Grade 1 +8 children?"
            portal.choose("gradeWhatIf:whatIfGrade", "1");
            portal.fill("gradeWhatIf:whatIfChildren", "8");
            portal.click("gradeWhatIf:changeGrade");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("scenario")).isEqualTo("Grade 1 +8 children");
            portal.openDisclosures();
            assertThat(portal.texts("#inputGrades tbody tr:nth-child(2) td")).startsWith("1", "33");
            portal.screenshot("what-if-5-grade-1-grew");

            // "Classes of grade 1 up to 34?"
            portal.choose("capWhatIf:capGrade", "1");
            portal.fill("capWhatIf:whatIfCap", "34");
            portal.click("capWhatIf:changeCap");
            assertThat(portal.waitForFinishedStatus()).isIn("SOLVED", "INFEASIBLE");
            assertThat(portal.text("scenario")).isEqualTo("Grade 1 classes of at most 34");
            portal.openDisclosures();
            assertThat(portal.texts("#inputGrades tbody tr:nth-child(2) td")).containsExactly("1", "33", "12", "34");

            // Change and re-plan: the form holds exactly these inputs.
            portal.click("change");
            assertThat(portal.value("school:teachers")).isEqualTo("7");
            assertThat(portal.value("school:grades:1:children")).isEqualTo("33");
            assertThat(portal.ticked("school:composites")).containsExactly("K/1", "2/3");
            portal.screenshot("what-if-6-change-and-replan");
            portal.fill("school:teachers", "9");
            portal.fill("school:scenario", "with nine teachers");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("scenario")).isEqualTo("with nine teachers");
            assertThat(portal.text("inputTeachers")).isEqualTo("9");

            // Any two scenarios side by side: this one and "7 teachers".
            portal.chooseStartingWith("compareForm:compareWith", "7 teachers (");
            portal.click("compareForm:compare");
            assertThat(portal.texts("#compareInputs thead th"))
                    .containsExactly("What was entered", "with nine teachers", "7 teachers");
            assertThat(portal.texts("#compareInputs tr.compare-input:first-child td")).containsExactly("9", "7");
            assertThat(portal.texts("#compareInputs td.differs")).contains("7");
            assertThat(portal.texts("#compareBest tr.compare-grade th")).containsExactly("K", "1", "2", "3", "4", "5",
                    "6");
            portal.screenshot("what-if-7-two-scenarios");
        }
    }

    @Test
    @RunAsClient
    void comparesThreePlansOnOneScreenMarkingWhereTheyDiffer() {
        TestAccounts.Account user = TestAccounts.school(base, "compare");
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.loadExample();
            portal.fill("school:alternatives", "3");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.texts("#comparison thead th")).containsExactly("Grade", "Plan 1", "Plan 2", "Plan 3");
            assertThat(portal.texts("#comparison tr.compare-grade th")).containsExactly("K", "1", "2");
            assertThat(portal.texts("#comparison tr.compare-figure th")).contains("Classes", "Composite classes");
            // The plans are structurally different, so some cell of plans 2 and 3 is marked as differing.
            assertThat(portal.texts("#comparison td.differs")).isNotEmpty();
            // Each plan has its chart of class sizes per grade.
            assertThat(portal.attributes("svg.plan-chart", "aria-label"))
                    .containsExactly("Plan 1: the children of each grade in each class",
                            "Plan 2: the children of each grade in each class",
                            "Plan 3: the children of each grade in each class");
            portal.screenshot("compare-three-plans");
        }
    }

    @Test
    @RunAsClient
    void fillsTheGradesFromAPresetAndAppliesLimitsToEveryGrade() {
        TestAccounts.Account user = TestAccounts.school(base, "preset");
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.clickButton("K-6");
            assertThat(portal.value("school:grades:6:grade")).isEqualTo("6");
            portal.fill("school:allMinClassSize", "14");
            portal.fill("school:allMaxClassSize", "27");
            portal.click("school:applyToAll");
            assertThat(portal.value("school:grades:0:minClassSize")).isEqualTo("14");
            assertThat(portal.value("school:grades:6:maxClassSize")).isEqualTo("27");
            portal.screenshot("preset-k6-limits-applied");
        }
    }

    @Test
    @RunAsClient
    void importsASchoolsGradesFromCsvThroughTheApiAndThePortal() throws java.io.IOException {
        TestAccounts.Account user = TestAccounts.school(base, "csv");
        Http http = new Http(base);
        String inputs = "api/v1/schools/" + user.school() + "/inputs";
        assertThat(http.call("PUT", inputs, user.bearer(), K6).status()).isEqualTo(200);

        Http.Answer exported = http.call("GET", inputs + ".csv", user.bearer(), null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("text/csv");
        assertThat(exported.body().split("\r\n")).hasSize(8)
                .startsWith("grade,children,min_class_size,max_class_size", "K,22,12,24");
        assertThat(http.call("GET", "api/v1/schools/inputs-template.csv", user.bearer(), null).body())
                .contains("K,,15,28");

        Http.Answer refused = http.call("PUT", inputs + ".csv", user.bearer(), "text/csv",
                "grade,children,min_class_size,max_class_size\r\nK,30,12,24\r\n1,twenty,12,26\r\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Row 3, children: enter a whole number (found 'twenty').");
        Http.Answer imported = http.call("PUT", inputs + ".csv", user.bearer(), "text/csv",
                "grade,children,min_class_size,max_class_size\r\nK,30,12,24\r\n1,41,12,26\r\n2,20,12,26\r\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().asJsonObject().getInt("version")).isEqualTo(2);
        assertThat(imported.json().asJsonObject().getJsonObject("inputs").getJsonArray("grades")).hasSize(3);

        java.nio.file.Path good = java.nio.file.Files.createTempFile("grades", ".csv");
        java.nio.file.Files.writeString(good, "grade;children;min_class_size;max_class_size\n"
                + "K;19;10;25\n1;44;10;25\n2;23;10;25\n3;27;10;28\n");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("grades", ".csv");
        java.nio.file.Files.writeString(bad, "grade,children,min_class_size,max_class_size\nK,19,10,25\nK,20,10,25\n");
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.attach("school:csvFile", bad);
            portal.click("school:importCsv");
            assertThat(portal.messageNextTo("school:csvFile")).isEqualTo("Row 3: grade K is listed twice (first in row 2).");
            assertThat(portal.value("school:grades:0:children")).as("the grades stay as they were").isEqualTo("30");

            // Rows pasted from a spreadsheet (tab-separated, no header).
            portal.paste("school:pasted", "K\t21\t10\t25\n1\tmany\t10\t25\n");
            portal.click("school:usePasted");
            assertThat(portal.messageNextTo("school:pasted")).isEqualTo("Line 2, children: enter a whole number (found 'many').");
            portal.paste("school:pasted", "K\t21\t10\t25\n1\t40\t10\t25\n");
            portal.click("school:usePasted");
            assertThat(portal.text("school:filledFrom")).startsWith("Took 2 grades from the pasted rows");
            assertThat(portal.value("school:grades:1:children")).isEqualTo("40");

            portal.attach("school:csvFile", good);
            portal.click("school:importCsv");
            assertThat(portal.text("school:filledFrom")).startsWith("Imported 4 grades");
            assertThat(portal.value("school:grades:3:grade")).isEqualTo("3");
            assertThat(portal.value("school:grades:1:children")).isEqualTo("44");
            portal.screenshot("csv-imported");
            portal.submit();
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            portal.openDisclosures();
            assertThat(portal.texts("#inputGrades tbody tr td:first-child")).containsExactly("K", "1", "2", "3");
        } finally {
            java.nio.file.Files.delete(good);
            java.nio.file.Files.delete(bad);
        }
    }

    @Test
    @RunAsClient
    void sweepsTeacherCountsAsATableAndAChartMarkingTheCountsWithoutAPlan() {
        TestAccounts.Account user = TestAccounts.school(base, "sweep");
        Http http = new Http(base);
        Http.Answer submitted = http.call("POST", "api/v1/solves", user.bearer(), K6);
        String first = submitted.json().asJsonObject().getString("id");
        // The K-6 school needs 7 classes: 6 teachers give no plan, 7 and 8 do.
        Http.Answer sweep = http.call("POST", "api/v1/solves/" + first + "/sweep?from=6&to=7", user.bearer(), null);
        assertThat(sweep.status()).as(sweep.body()).isEqualTo(202);
        assertThat(sweep.header("Location")).contains("/api/v1/batches/");
        assertThat(sweep.json().asJsonObject().getInt("total")).isEqualTo(2);
        assertThat(sweep.json().asJsonObject().getJsonArray("solves").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(solve -> solve.getString("scenario")).containsExactly("6 teachers", "7 teachers");
        Http.Answer tooWide = http.call("POST", "api/v1/solves/" + first + "/sweep?from=1&to=30", user.bearer(), null);
        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooWide.body()).contains("\"field\":\"to\"");
        String batch = java.net.URI.create(sweep.header("Location")).getPath().replaceFirst(".*/", "");
        for (int i = 0; i < 120 && !http.call("GET", "api/v1/batches/" + batch, user.bearer(), null).json()
                .asJsonObject().getBoolean("finished"); i++) {
            pause(500);
        }
        assertThat(http.call("GET", "api/v1/batches/" + batch, user.bearer(), null).json().asJsonObject()
                .getBoolean("finished")).as("the sweep finished within a minute").isTrue();

        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "solve.xhtml?id=" + first);
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.value("sweepForm:sweepFrom")).isEqualTo("6");
            assertThat(portal.value("sweepForm:sweepTo")).isEqualTo("10");
            portal.fill("sweepForm:sweepTo", "8");
            portal.click("sweepForm:sweep");
            portal.waitFor(".ui-chart canvas");
            portal.screenshot("sweep-table-and-chart");
            assertThat(portal.texts("#sweepTable tbody tr th")).containsExactly("6", "7", "8");
            assertThat(portal.texts("#sweepTable tr.no-plan .sweep-outcome")).containsExactly("No plan possible");
            assertThat(portal.texts("#sweepTable tbody tr:nth-child(2) td")).startsWith("Planned", "7");
            portal.clickLink("7");
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("scenario")).isEqualTo("7 teachers");
        }
    }

    @Test
    @RunAsClient
    void saysWhyATeacherMoreGivesALargerLargestClassInTheSweepAndWhichPlanDoesNot() {
        // district-032 (70 children, K-6, pairs and triples of grades allowed): with 4 teachers two composites and a
        // largest class of 24; with 5, one composite of 30 ranks first, and its plan 2 has two composites of 19.
        TestAccounts.Account user = TestAccounts.school(base, "sweepnote");
        Http http = new Http(base);
        String first = http.call("POST", "api/v1/solves", user.bearer(), Schools.json("district-032")).json()
                .asJsonObject().getString("id");
        Http.Answer sweep = http.call("POST", "api/v1/solves/" + first + "/sweep?from=4&to=5", user.bearer(), null);
        assertThat(sweep.status()).as(sweep.body()).isEqualTo(202);
        String batch = java.net.URI.create(sweep.header("Location")).getPath().replaceFirst(".*/", "");

        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "sweep.xhtml?batch=" + batch);
            portal.waitFor("#sweepNotes li");
            assertThat(portal.texts("#sweepTable tbody tr:nth-child(2) td")).startsWith("Planned", "5", "1");
            assertThat(portal.texts("#sweepNotes li")).containsExactly("With 5 teachers the best plan has 1 composite "
                    + "class where 4 teachers need 2: fewer composite classes come first, so its largest class is 30 "
                    + "(24 with 4 teachers). Its plan 2 has a largest class of 19, with 2 composite classes.");
            portal.screenshot("sweep-note");
        }
    }

    @Test
    @RunAsClient
    void showsTheFormsErrorsTogetherNextToTheirFieldsInAPrincipalsWords() {
        try (PortalPage portal = schoolPortal()) {
            portal.loadExample();
            portal.fill("school:teachers", "six");
            portal.fill("school:grades:0:children", "many");
            portal.submit();
            assertThat(portal.messageNextTo("school:teachers")).isEqualTo("Enter a whole number (not \"six\").");
            assertThat(portal.messageNextTo("school:grades:0:children")).isEqualTo("Enter a whole number (not \"many\").");

            portal.fill("school:teachers", "6");
            portal.fill("school:grades:0:children", "32");
            portal.fill("school:grades:1:children", "");
            portal.fill("school:grades:2:grade", "K");
            portal.fill("school:grades:2:minClassSize", "26");
            portal.fill("school:grades:2:maxClassSize", "18");
            portal.submit();
            portal.screenshot("form-errors-together");
            assertThat(portal.messageNextTo("school:grades:1:children")).isEqualTo("Enter the children in grade 1.");
            assertThat(portal.messageNextTo("school:grades:2:grade")).isEqualTo("Grade K is listed twice.");
            assertThat(portal.messageNextTo("school:grades:2:maxClassSize"))
                    .isEqualTo("Largest class (18) is smaller than smallest class (26) in grade K.");
            assertThat(portal.value("school:grades:2:minClassSize")).as("nothing typed is lost").isEqualTo("26");
        }
    }

    @Test
    @RunAsClient
    void showsLiveTotalsAndOffersTheNeighbouringCompositesAsAGrid() {
        TestAccounts.Account user = TestAccounts.school(base, "totals");
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.loadExample();
            assertThat(portal.text("school:totals"))
                    .isEqualTo("110 children; without composites the class limits need at least 6 classes; 6 teachers.");
            portal.fill("school:grades:0:children", "90");
            portal.waitForText("school:totals", "168 children");
            assertThat(portal.text("school:totals")).contains("at least 8 classes", "6 teachers",
                    "only composites can close the gap");
            portal.screenshot("live-totals");
            // The grid offers every neighbouring pair and triple of K, 1 and 2.
            assertThat(portal.attributes("input[name='school:composites']", "value"))
                    .containsExactly("K/1", "1/2", "K/1/2");
            assertThat(portal.ticked("school:composites")).containsExactly("K/1");
        }
    }

    @Test
    @RunAsClient
    void replansAPlanWithMinimalChangeKeepingItsLockedClasses() {
        TestAccounts.Account user = TestAccounts.school(base, "minimal");
        Http http = new Http(base);
        // Forced: 4 teachers, grade 1 as 20 + 20, grade 2 as 25 + 25.
        String school = """
                {"name": "Minimal Change", "teachers": 4, "grades": [
                  {"grade": "1", "children": 40, "minClassSize": 10, "maxClassSize": 25},
                  {"grade": "2", "children": 50, "minClassSize": 10, "maxClassSize": 25}],
                 "options": {"alternatives": 1}}
                """;
        String first = http.call("POST", "api/v1/solves", user.bearer(), school).json().asJsonObject().getString("id");
        assertThat(finished(http, user, first).getString("status")).isEqualTo("SOLVED");

        // Six more children in grade 2 and a fifth teacher: a third grade 2 class of at least 10, so 4 children move.
        Http.Answer replanned = http.call("POST", "api/v1/solves/" + first + "/plans/1/replan?scenario=grade%202%20%2B6",
                user.bearer(), "{\"changes\": {\"teachers\": 5, \"grades\": {\"2\": {\"children\": 56}}}, "
                        + "\"locked\": [\"2 A\"]}");
        assertThat(replanned.status()).as(replanned.body()).isEqualTo(202);
        jakarta.json.JsonObject result = finished(http, user, replanned.json().asJsonObject().getString("id"));
        assertThat(result.getString("status")).isEqualTo("SOLVED");
        assertThat(result.getString("message")).startsWith("4 children change class (the fewest possible, 2 A kept "
                + "as they were): ").contains("move from 2 B to 2 C", "6 children of grade 2 join");
        var classes = result.getJsonArray("plans").getJsonObject(0).getJsonArray("classes")
                .getValuesAs(jakarta.json.JsonObject.class);
        assertThat(classes).extracting(planned -> planned.getString("label") + " " + planned.getInt("total"))
                .contains("1 A 20", "1 B 20", "2 A 25").anyMatch(text -> text.startsWith("2 C "));
        assertThat(result.getString("scenario")).isEqualTo("grade 2 +6");

        Http.Answer unknownClass = http.call("POST", "api/v1/solves/" + first + "/plans/1/replan", user.bearer(),
                "{\"locked\": [\"9 Z\"]}");
        assertThat(unknownClass.status()).isEqualTo(400);
        assertThat(unknownClass.body()).contains("\"field\":\"locked\"").contains("plan 1 has no class 9 Z");
        assertThat(http.call("POST", "api/v1/solves/" + first + "/plans/2/replan", user.bearer(), "{}").status())
                .isEqualTo(400);
        // A locked class the changes leave no room for: no plan, and why.
        Http.Answer impossible = http.call("POST", "api/v1/solves/" + first + "/plans/1/replan", user.bearer(),
                "{\"changes\": {\"grades\": {\"2\": {\"children\": 30}}}, \"locked\": [\"2 A\", \"2 B\"]}");
        assertThat(finished(http, user, impossible.json().asJsonObject().getString("id")).getString("status"))
                .isEqualTo("INFEASIBLE");

        // The same in the portal: lock two classes, a fifth teacher, grade 2 now 56, and read what moved.
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "solve.xhtml?id=" + first);
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            portal.openDisclosures();
            portal.tick("replan1:locked", "1 A");
            portal.tick("replan1:locked", "2 A");
            portal.fill("replan1:minimalTeachers", "5");
            portal.choose("replan1:minimalGrade", "2");
            portal.fill("replan1:minimalChildren", "56");
            portal.screenshot("minimal-change-1-locked");
            portal.click("replan1:replanFromPlan");
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.text("message")).startsWith("4 children change class (the fewest possible, 1 A, 2 A kept "
                    + "as they were): ").contains("move from 2 B to 2 C");
            assertThat(portal.text("scenario")).isEqualTo("Plan 1 re-planned, kept: 1 A, 2 A");
            portal.screenshot("minimal-change-2-what-moved");
        }
    }

    @Test
    @RunAsClient
    void adjustsAPlanByHandCheckingEveryRuleAndSavesItAsANewPlanToExport() throws java.io.IOException {
        TestAccounts.Account user = TestAccounts.school(base, "adjust");
        Http http = new Http(base);
        // Forced: 4 teachers, grade 1 as 20 + 20 and grade 2 as 25 + 25; a 1/2 composite is allowed.
        String school = """
                {"name": "Adjusted", "teachers": 4, "minSubclassSize": 5, "grades": [
                  {"grade": "1", "children": 40, "minClassSize": 10, "maxClassSize": 25},
                  {"grade": "2", "children": 50, "minClassSize": 10, "maxClassSize": 25}],
                 "composites": [{"grades": ["1", "2"]}], "options": {"alternatives": 1}}
                """;
        String id = http.call("POST", "api/v1/solves", user.bearer(), school).json().asJsonObject().getString("id");
        assertThat(finished(http, user, id).getString("status")).isEqualTo("SOLVED");

        // A class over its cap and a child left without a class: 422, each rule listed, nothing saved.
        Http.Answer broken = http.call("POST", "api/v1/solves/" + id + "/plans", user.bearer(), """
                {"classes": [{"label": "1 A", "subclasses": [{"grade": "1", "children": 20}]},
                             {"label": "1 B", "subclasses": [{"grade": "1", "children": 19}]},
                             {"label": "2 A", "subclasses": [{"grade": "2", "children": 30}]},
                             {"label": "2 B", "subclasses": [{"grade": "2", "children": 20}]}]}
                """);
        assertThat(broken.status()).as(broken.body()).isEqualTo(422);
        assertThat(broken.header("Content-Type")).startsWith("application/problem+json");
        var rules = broken.json().asJsonObject().getJsonArray("broken").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(rules).extracting(rule -> rule.getString("rule") + ": " + rule.getString("message")).containsExactly(
                "children: Grade 1 has 40 children but 39 are placed (1 without a class).",
                "size: 2 A has 30 children; a class of grade 2 holds 10 to 25.");
        assertThat(rules.get(1).getString("label")).isEqualTo("2 A");
        assertThat(finished(http, user, id).getJsonArray("plans")).hasSize(1);
        // What cannot be read at all is a 400 naming the field.
        Http.Answer unknownGrade = http.call("POST", "api/v1/solves/" + id + "/plans", user.bearer(),
                "{\"classes\": [{\"subclasses\": [{\"grade\": \"3\", \"children\": 5}]}]}");
        assertThat(unknownGrade.status()).isEqualTo(400);
        assertThat(unknownGrade.body()).contains("\"field\":\"classes[0].subclasses[0].grade\"");

        // A fifth class (a 1/2 composite of 5 + 10) is one more than 4 teachers can take: checked, not saved.
        String withComposite = """
                {"from": 1, "classes": [{"label": "1 A", "subclasses": [{"grade": "1", "children": 20}]},
                             {"label": "1 B", "subclasses": [{"grade": "1", "children": 15}]},
                             {"subclasses": [{"grade": "2", "children": 10}, {"grade": "1", "children": 5}]},
                             {"label": "2 A", "subclasses": [{"grade": "2", "children": 20}]},
                             {"label": "2 B", "subclasses": [{"grade": "2", "children": 20}]}]}
                """;
        Http.Answer check = http.call("POST", "api/v1/solves/" + id + "/plans/check", user.bearer(), withComposite);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().asJsonObject().getJsonArray("broken").getJsonObject(0).getString("rule"))
                .isEqualTo("teachers");
        assertThat(check.json().asJsonObject().getJsonArray("classes").getJsonObject(2).getString("label"))
                .isEqualTo("1/2 A");

        // Within the rules: saved as plan 2, marked with who adjusted it.
        String keeps = """
                {"from": 1, "classes": [{"label": "1 A", "subclasses": [{"grade": "1", "children": 25}]},
                             {"label": "1/2 A", "subclasses": [{"grade": "1", "children": 15}, {"grade": "2", "children": 10}]},
                             {"label": "2 A", "subclasses": [{"grade": "2", "children": 14}]},
                             {"label": "2 B", "subclasses": [{"grade": "2", "children": 26}]}]}
                """;
        Http.Answer overCap = http.call("POST", "api/v1/solves/" + id + "/plans", user.bearer(), keeps);
        assertThat(overCap.status()).isEqualTo(422);
        Http.Answer saved = http.call("POST", "api/v1/solves/" + id + "/plans", user.bearer(),
                keeps.replace("\"children\": 14", "\"children\": 20").replace("\"children\": 26", "\"children\": 20"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.header("Location")).endsWith("/api/v1/solves/" + id + "/plans/2");
        jakarta.json.JsonObject adjusted = http.call("GET", "api/v1/solves/" + id + "/plans/2", user.bearer(), null)
                .json().asJsonObject();
        assertThat(adjusted.getJsonObject("adjustment").getString("by")).isEqualTo(user.username());
        assertThat(adjusted.getBoolean("optimal")).isFalse();
        assertThat(adjusted.getString("rankReason")).isEqualTo("Adjusted by hand by " + user.username() + " from plan 1.");
        assertThat(adjusted.getJsonArray("classes").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(planned -> planned.getString("label") + " " + planned.getInt("total"))
                .containsExactly("1 A 25", "1/2 A 25", "2 A 20", "2 B 20");

        // Exported like any plan: PDF, every plan in one CSV, class shells in OneRoster's columns.
        Http.Answer pdf = http.call("GET", "api/v1/solves/" + id + "/plan.pdf?rank=2", user.bearer(), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(http.call("GET", "api/v1/solves/" + id + "/comparison.pdf", user.bearer(), null).body())
                .startsWith("%PDF-");
        String allPlans = http.call("GET", "api/v1/solves/" + id + "/plans.csv", user.bearer(), null).body();
        assertThat(allPlans.lines().findFirst()).contains("School,Adjusted");
        assertThat(allPlans).contains("Plan,Class,1,2,Total,Adjusted by", "2,1/2 A,15,10,25," + user.username());
        List<String> shells = http.call("GET", "api/v1/solves/" + id + "/classes.csv?rank=2&term=2027-2028",
                user.bearer(), null).body().lines().toList();
        assertThat(shells.get(0)).isEqualTo("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
                + "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods");
        assertThat(shells).hasSize(5).anyMatch(line -> line.contains(",1/2 A,\"01,02\",") && line.contains(",homeroom,"));

        // In the portal: break a rule, read it next to the class, fix it, save, and find the plan marked.
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "solve.xhtml?id=" + id);
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            portal.clickLink("Adjust this plan by hand");
            assertThat(portal.attributes("#verdict", "data-keeps-rules")).containsExactly("true");
            portal.retype("input[data-class='1 A'][data-grade='1']", "30");
            portal.waitForAttribute("#verdict", "data-keeps-rules", "false");
            assertThat(portal.texts("tr[data-class='1 A'] .broken-rule"))
                    .containsExactly("1 A has 30 children; a class of grade 1 holds 10 to 25.");
            assertThat(portal.texts("#planWide .broken-rule"))
                    .containsExactly("Grade 1 has 40 children but 50 are placed (10 too many).");
            assertThat(portal.enabled("adjust:save")).isFalse();
            portal.screenshot("adjust-1-broken-rule");

            // Back to 20, then move 5 children of grade 1 from 1 A to 1 B: 15 and 25, every rule kept.
            portal.retype("input[data-class='1 A'][data-grade='1']", "20");
            portal.waitForAttribute("#verdict", "data-keeps-rules", "true");
            portal.fill("adjust:moveCount", "5");
            portal.choose("adjust:moveGrade", "1");
            portal.choose("adjust:moveFrom", "1 A");
            portal.choose("adjust:moveTo", "1 B");
            portal.press("adjust:moveGo");
            portal.waitForText("planFigures", "smallest 15");
            assertThat(portal.attributes("#verdict", "data-keeps-rules")).containsExactly("true");
            assertThat(portal.texts("tr[data-class='1 B'] .class-total")).containsExactly("25");
            portal.screenshot("adjust-2-rules-kept");
            portal.click("adjust:save");
            // Saved, it says where, and the page opens at it.
            assertThat(portal.text("savedPlan")).startsWith("Your adjusted plan is saved as plan 3 of this solve, "
                    + "after the planner's plans.");
            assertThat(portal.currentUrl()).endsWith("#plan-3");
            // Plan 2 was adjusted through the API above, plan 3 here.
            assertThat(portal.texts(".adjusted-by")).containsExactly("(adjusted by " + user.username() + ")",
                    "(adjusted by " + user.username() + ")");
            assertThat(finished(http, user, id).getJsonArray("plans").getJsonObject(2).getJsonArray("classes")
                    .getValuesAs(jakarta.json.JsonObject.class)).extracting(planned -> planned.getInt("total"))
                    .containsExactly(15, 25, 25, 25);
            portal.screenshot("adjust-3-saved");
        }
    }

    private static jakarta.json.JsonObject finished(Http http, TestAccounts.Account user, String id) {
        for (int i = 0; i < 240; i++) {
            jakarta.json.JsonObject solve = http.call("GET", "api/v1/solves/" + id, user.bearer(), null).json()
                    .asJsonObject();
            if (!List.of("QUEUED", "RUNNING").contains(solve.getString("status"))) {
                return solve;
            }
            pause(250);
        }
        throw new AssertionError("solve " + id + " did not finish within a minute");
    }

    @Test
    @RunAsClient
    void printsAK6PlanOnOnePageWithItsInputsAndNoNavigation() {
        TestAccounts.Account user = TestAccounts.school(base, "print");
        Http http = new Http(base);
        String id = http.call("POST", "api/v1/solves", user.bearer(), K6).json().asJsonObject().getString("id");
        assertThat(finished(http, user, id).getString("status")).isEqualTo("SOLVED");
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "solve.xhtml?id=" + id);
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.printedPages()).as("the best plan of a K-6 school").isEqualTo(1);

            portal.emulatePrint();
            assertThat(portal.display(".site-header nav")).isEqualTo("none");
            assertThat(portal.display(".site-header .session")).isEqualTo("none");
            assertThat(portal.display(".what-ifs")).isEqualTo("none");
            assertThat(portal.display("#inputs")).isEqualTo("block");
            assertThat(portal.display(".print-only")).isEqualTo("block");
            assertThat(portal.display(".plans .plan:nth-child(2)")).isEqualTo("none");
            portal.screenshot("print-best-plan");
            // "Print all plans" adds the other plans and the comparison.
            portal.script("document.body.classList.add('print-all')");
            assertThat(portal.display(".plans .plan:nth-child(2)")).isEqualTo("block");
            assertThat(portal.display("#comparison")).isEqualTo("block");
        }
        // The principal's K-6 school of 394 children in 21 classes: its best plan on one page too, and "Print all
        // plans" puts each plan on a page of its own.
        String large = http.call("POST", "api/v1/solves", user.bearer(), Schools.principalsK6(21)).json()
                .asJsonObject().getString("id");
        int plans = finished(http, user, large).getJsonArray("plans").size();
        assertThat(plans).isEqualTo(3);
        try (PortalPage portal = PortalPage.loggedIn(base, user.username(), user.password())) {
            portal.go(base, "solve.xhtml?id=" + large);
            assertThat(portal.waitForFinishedStatus()).isEqualTo("SOLVED");
            assertThat(portal.planRows()).hasSize(21);
            assertThat(portal.printedPages()).as("the best plan of a K-6 school of 21 classes").isEqualTo(1);
            portal.script("document.body.classList.add('print-all')");
            assertThat(portal.printedPages()).as("all three plans, a page each").isEqualTo(plans);
        }
    }

    /** When this class's server started (the class is loaded on the client before the server is). */
    private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

    /** Errors the tests above provoke on purpose. */
    private static final List<java.util.regex.Pattern> PROVOKED = List.of();

    @Test
    @RunAsClient
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void logsNoErrorThatNoTestProvoked() throws java.io.IOException {
        assertThat(ServerLog.errorsSince(STARTED, PROVOKED)).isEmpty();
    }
}
