package org.classcruncher.solve.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.DistrictDefaults;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.Claim;
import org.classcruncher.solve.control.PlanningThreads;
import org.classcruncher.solve.control.ReplanStart;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the runner ends a job this node claimed: what it writes to the store under the job's claim, what it tells the
 * dispatcher, and what a school reads when the planning goes wrong. Without a server: the real planner (GLPK, as in
 * SolveStoreWritesTest) plans a small school; the store, the dispatcher and the plugin registry are faked.
 */
class SolveRunnerTest {

    /** Two grades and their composite: GLPK plans it in a fraction of a second. */
    private static final SchoolRequest SCHOOL = new SchoolRequest("Hill Primary", 5, 5,
            List.of(new GradeSpec("K", 40, 10, 25, null), new GradeSpec("1", 40, 10, 25, null)),
            List.of(new CompositeSpec(List.of("K", "1"), null, null)), SolveOptions.defaults());

    private static final String ID = "solve-1";

    /** The claim number the store knows the job's current claim by; every write must carry it. */
    private static final long CLAIM = 7;

    /** What the store was asked to write, one line per call, in order. */
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<PlanningOutcome> outcomes = new CopyOnWriteArrayList<>();
    /** What the dispatcher learnt: the jobs whose slots are free, the service times of the jobs recorded. */
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final List<Duration> recorded = new CopyOnWriteArrayList<>();
    /** The plugins reported to the registry for running past their budget ("kind id"). */
    private final List<String> overran = new CopyOnWriteArrayList<>();
    private final AtomicInteger planningsStarted = new AtomicInteger();
    private final CancelRequests cancels = new CancelRequests();
    private final SolveRunner runner = new SolveRunner();

    /** false: the job was claimed again or ended meanwhile, so the store writes nothing and answers false. */
    private volatile boolean claimHolds = true;
    /** How many times in a row the store's finish fails as a lost connection would. */
    private volatile int finishFailures;
    private Policies policies = Policies.none();

    @BeforeEach
    void wire() {
        runner.store = new SolveStore() {
            @Override
            public boolean finish(String id, long claim, PlanningOutcome outcome, long solveMillis) {
                if (finishFailures > 0) {
                    finishFailures--;
                    written.add("finish " + id + " #" + claim + " failed");
                    throw new IllegalStateException("connection reset");
                }
                written.add("finish " + id + " #" + claim + " " + outcome.status());
                outcomes.add(outcome);
                return claimHolds;
            }

            @Override
            public boolean fail(String id, long claim, String reason, long solveMillis) {
                written.add("fail " + id + " #" + claim + ": " + reason);
                return claimHolds;
            }

            @Override
            public boolean end(String id, long claim, SolveStatus status, String message, long solveMillis) {
                written.add("end " + id + " #" + claim + " " + status + ": " + message);
                return claimHolds;
            }
        };
        runner.dispatcher = new SolveDispatcher() {
            @Override
            public void ended(String id) {
                ended.add(id);
            }

            @Override
            public void recorded(Duration serviceTime) {
                recorded.add(serviceTime);
            }
        };
        runner.plugins = new PluginRegistry() {
            @Override
            public Policies policiesFor(SolveOptions options) {
                return policies;
            }

            @Override
            public synchronized void overran(String kind, String id) {
                overran.add(kind + " " + id);
            }
        };
        runner.cancels = cancels;
        runner.planningThreads = new PlanningThreads() {
            @Override
            public Future<?> start(Runnable planning) {
                planningsStarted.incrementAndGet();
                return super.start(planning);
            }
        };
        runner.policyBudgetMillis = 2_000;
        runner.diagnosisBudgetMillis = 800;
        runner.createPlanner();
    }

    @Test
    void aPlannedSchoolIsRecordedUnderItsClaimAndTheDispatcherLearnsItWasRecordedAndItsSlotIsFree() {
        runner.run(claim(SCHOOL, Instant.now().minusSeconds(5)));

        assertThat(written).containsExactly("finish solve-1 #7 SOLVED");
        assertThat(outcomes.get(0).plans()).isNotEmpty();
        // The service's time runs from the submission, five seconds ago, less the planning: what the runner adds
        // around the planning is milliseconds.
        assertThat(recorded).singleElement().satisfies(serviceTime -> assertThat(serviceTime)
                .isGreaterThanOrEqualTo(Duration.ofSeconds(5)).isLessThan(Duration.ofSeconds(6)));
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aResultTheStoreRefusesBecauseTheClaimWasLostIsNotCountedAsRecordedButItsSlotIsFreed() {
        claimHolds = false;

        runner.run(claim(SCHOOL, Instant.now()));

        // Another node owns the job now (or it ended): the result here is discarded, and nothing else is written.
        assertThat(written).containsExactly("finish solve-1 #7 SOLVED");
        assertThat(recorded).isEmpty();
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aFinishThatFailsOnceIsTriedAgainSoTheResultIsStillRecorded() {
        finishFailures = 1;

        runner.run(claim(SCHOOL, Instant.now()));

        // A lost connection must not leave the job running for good.
        assertThat(written).containsExactly("finish solve-1 #7 failed", "finish solve-1 #7 SOLVED");
        assertThat(recorded).hasSize(1);
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aPluginTheOptionsNameThatIsNoLongerInstalledFailsTheJobNamingItWithoutPlanning() {
        // The real registry with the built-in plugins only, and no district defaults.
        PluginRegistry builtInsOnly = new PluginRegistry() {
            @Override
            public DistrictDefaults districtDefaults() {
                return new DistrictDefaults(null, null, List.of());
            }
        };
        builtInsOnly.rescan();
        runner.plugins = builtInsOnly;
        SchoolRequest naming = SCHOOL.withOptions(new SolveOptions(null, null, "fair-share", null, null, null, null));

        runner.run(claim(naming, Instant.now()));

        assertThat(written).singleElement().asString()
                .startsWith("fail solve-1 #7: The plugin it names is no longer installed: ")
                .contains("'fair-share'");
        assertThat(planningsStarted).hasValue(0);
        assertThat(recorded).isEmpty();
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aPlanningThatThrowsFailsTheJobWithAMessageThatKeepsTheExceptionForTheLog() {
        // A re-plan whose reference plan is missing (a damaged row): the minimal-change planner meets a null and
        // throws a NullPointerException, whose words are for the server's log, not for the school.
        Claim broken = new Claim(ID, CLAIM, SCHOOL, new ReplanStart(null, List.of()), false, Instant.now());

        runner.run(broken);

        assertThat(planningsStarted).hasValue(1);
        assertThat(written).containsExactly("fail solve-1 #7: The solver failed unexpectedly; the server's log has "
                + "the details under solve solve-1.");
        assertThat(written.get(0)).doesNotContain("NullPointer", "null");
        assertThat(recorded).isEmpty();
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aCancelWhilePlanningEndsTheJobCancelledAndIsForgottenAfterwards() {
        // The school's cancel arrives once the planning has begun on its own thread.
        runner.planningThreads = new PlanningThreads() {
            @Override
            public Future<?> start(Runnable planning) {
                return super.start(() -> {
                    cancels.request(ID);
                    planning.run();
                });
            }
        };

        runner.run(claim(SCHOOL, Instant.now()));

        assertThat(written).containsExactly("finish solve-1 #7 CANCELLED");
        assertThat(outcomes.get(0).message()).startsWith("Cancelled");
        // A cancel kept after its job would stop the next job of the same id.
        assertThat(cancels.requested(ID)).isFalse();
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aPolicyPastItsBudgetIsAbandonedFailingTheJobNamingThePolicyAndIsReportedToTheRegistry() {
        runner.policyBudgetMillis = 100;
        policies = new Policies(new StuckWeighting(() -> { }), List.of());
        long start = System.nanoTime();

        runner.run(claim(SCHOOL, Instant.now()));

        // The runner does not wait for the plugin (stuck for 30 s): it ends the job once the budget is spent.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(written).containsExactly("fail solve-1 #7: The weighting policy 'stuck' ran past its time budget "
                + "of 100 ms in this solve.");
        assertThat(overran).containsExactly("weighting stuck");
        assertThat(recorded).isEmpty();
        assertThat(ended).containsExactly(ID);
    }

    @Test
    void aPolicyThatHoldsUpACancelIsAbandonedAndTheJobEndsCancelledNamingIt() {
        runner.policyBudgetMillis = 60_000;
        // The school cancels while the weighting runs, which does not return for 30 s.
        policies = new Policies(new StuckWeighting(() -> cancels.request(ID)), List.of());
        long start = System.nanoTime();

        runner.run(claim(SCHOOL, Instant.now()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(written).containsExactly("end solve-1 #7 CANCELLED: Cancelled; the weighting policy 'stuck' did "
                + "not stop within 500 ms, so the solve was abandoned.");
        // Holding up a cancel is not an overrun of the budget.
        assertThat(overran).isEmpty();
        assertThat(recorded).isEmpty();
        assertThat(ended).containsExactly(ID);
    }

    private static Claim claim(SchoolRequest school, Instant submittedAt) {
        return new Claim(ID, CLAIM, school, null, false, submittedAt);
    }

    /**
     * A district's weighting stuck in its first call for 30 s (or until its thread is interrupted, as an abandoned
     * planning's is), after doing {@code first}.
     */
    private record StuckWeighting(Runnable first) implements ObjectiveWeighting {

        @Override
        public String id() {
            return "stuck";
        }

        @Override
        public String description() {
            return "never answers in time";
        }

        @Override
        public double childWeight(String grade, List<String> classGrades) {
            first.run();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException abandoned) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }
    }
}
