package org.classcruncher.solve.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.entity.Role;
import org.classcruncher.account.entity.School;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.Timings;
import org.classcruncher.planner.Policies;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.control.ReplanStart;
import org.classcruncher.solve.control.SolveLimits;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.SubmissionGate;
import org.classcruncher.solve.entity.BatchStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a submission checks before anything is queued, and what it queues: without a server, the stores faked. */
class SubmissionsTest {

    private static final SchoolRequest SCHOOL = new SchoolRequest("Hill Primary", 8, 5,
            List.of(new GradeSpec("K", 40, 10, 25, null), new GradeSpec("1", 40, 10, 25, null)),
            List.of(new CompositeSpec(List.of("K", "1"), null, null)), SolveOptions.defaults());
    private static final Caller TEACHER = new Caller("ann", Role.SCHOOL, Set.of("hill"));

    /** What was queued: "school name / scenario / owner / batch?". */
    private final List<String> queued = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private final Submissions submissions = new Submissions();

    @BeforeEach
    void wire() {
        SolveResult stored = new SolveResult("solve-1", SCHOOL, SolveStatus.SOLVED, List.of(ClassPlan.of(1,
                List.of(new PlannedClass("K A", List.of(new Subclass("K", 20)), 20, 0)), true, null)), null, null,
                Timings.submitted(java.time.Instant.EPOCH), List.of(), null, null);
        submissions.store = new SolveStore() {
            @Override
            public SolveResult create(SchoolRequest school, String schoolId, String submittedBy, String batchId,
                                      String scenario, ReplanStart replan) {
                queued.add(school.teachers() + " teachers / " + scenario + " / " + schoolId
                        + (batchId == null ? "" : " / batch") + (replan == null ? "" : " / replan"));
                return SolveResult.queued("new-" + queued.size(), school, scenario,
                        Timings.submitted(java.time.Instant.EPOCH));
            }

            @Override
            public long unfinished() {
                return 0;
            }

            @Override
            public long unfinishedSubmittedBy(String username) {
                return 0;
            }

            @Override
            public long unfinishedOwnedBy(String schoolId) {
                return 0;
            }

            @Override
            public Optional<Owner> ownerOf(String id) {
                return Optional.of(new Owner("hill"));
            }
        };
        submissions.solves = new Solves() {
            @Override
            public SolveResult find(Caller caller, String id) {
                if (!id.equals("solve-1")) {
                    throw new SolveNotFound(id);
                }
                return stored;
            }

            @Override
            public BatchStatus batch(Caller caller, String batchId) {
                return null;
            }
        };
        submissions.dispatcher = new SolveDispatcher() {
            @Override
            public void submitted() {
            }
        };
        submissions.plugins = new PluginRegistry() {
            @Override
            public Policies policiesFor(SolveOptions options) {
                return Policies.none();
            }
        };
        submissions.accounts = new AccountStore() {
            @Override
            public Optional<School> school(String id) {
                return id.equals("hill") ? Optional.of(new School("hill", "Hill Primary", java.time.Instant.EPOCH)) : Optional.empty();
            }
        };
        submissions.audit = new AuditLog() {
            @Override
            public void record(String actor, AuditAction action, String target, String detail) {
                recorded.add(actor + " " + action);
            }
        };
        submissions.limits = new SolveLimits(20, 400, 50, 300, 3_600);
        submissions.gate = new SubmissionGate();
        submissions.queueCapacity = 500;
    }

    @Test
    void aSweepQueuesOneSolvePerTeacherCountAsOneBatchNamedAfterEach() {
        submissions.sweep(TEACHER, "solve-1", null, null);

        assertThat(queued).containsExactly("6 teachers / 6 teachers / hill / batch", "7 teachers / 7 teachers / hill / batch",
                "8 teachers / 8 teachers / hill / batch", "9 teachers / 9 teachers / hill / batch",
                "10 teachers / 10 teachers / hill / batch");
        assertThat(recorded).containsExactly("ann BATCH_SUBMITTED");
    }

    @Test
    void refusesASweepBeyondItsRangeNamingTheFieldAndQueuesNothing() {
        assertThatThrownBy(() -> submissions.sweep(TEACHER, "solve-1", 1, 12))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> submissions.sweep(TEACHER, "solve-1", 0, 3))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> submissions.sweep(TEACHER, "solve-1", 9, 7))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("to");
        assertThat(queued).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void refusesToLockAClassThePlanDoesNotHave() {
        assertThatThrownBy(() -> submissions.replanFromPlan(TEACHER, "solve-1", 1, SchoolChange.teachers(9),
                Set.of("K A", "K Z"), null))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("plan 1 has no class K Z")
                .extracting("field").isEqualTo("locked");
        assertThat(submissions.replanFromPlan(TEACHER, "solve-1", 1, SchoolChange.teachers(9), Set.of("K A"),
                "nine").status()).isEqualTo(SolveStatus.QUEUED);
        assertThat(queued).containsExactly("9 teachers / nine / hill / replan");
    }

    @Test
    void aUserOfSeveralSchoolsNamesTheOneASolveIsForAndOnlyTheirs() {
        Caller twoSchools = new Caller("bo", Role.SCHOOL, Set.of("hill", "dale"));

        assertThatThrownBy(() -> submissions.submit(twoSchools, null, SCHOOL))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("dale, hill")
                .extracting("field").isEqualTo("school");
        assertThatThrownBy(() -> submissions.submit(TEACHER, "dale", SCHOOL))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("school");
        submissions.submit(twoSchools, "hill", SCHOOL);
        assertThat(queued).containsExactly("8 teachers / null / hill");
    }

    @Test
    void refusesAnEmptyBatchAndATooLongScenarioName() {
        assertThatThrownBy(() -> submissions.submitBatch(TEACHER, null, List.of()))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("schools");
        assertThatThrownBy(() -> submissions.submit(TEACHER, null, SCHOOL, "s".repeat(201)))
                .isInstanceOf(InvalidRequest.class).extracting("field").isEqualTo("scenario");
        assertThat(queued).isEmpty();
    }
}
