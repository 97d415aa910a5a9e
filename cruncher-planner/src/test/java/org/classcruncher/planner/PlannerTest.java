package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.cli.LongSearch;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final Planner planner = new Planner(new GlpkSolver());
    private final Policies humanise = new Policies(null, List.of(new Humaniser()));

    @Test
    void plansTheSeedExampleWithTheSeedFormulationAndHumanisesIt() {
        SchoolRequest school = seed(SeedSchool.withTeachers(6));

        PlanningOutcome outcome = planner.plan(school, humanise, () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(outcome.plugins()).containsExactly("humanise@1");
        assertThat(outcome.plans()).isNotEmpty().allSatisfy(plan -> {
            assertThat(PlanRules.violations(plan, school)).isEmpty();
            assertThat(plan.classes()).allSatisfy(c -> assertThat(c.label()).matches("[K0-9/]+ [A-Z]+"));
        });
    }

    @Test
    void theDefaultFormulationAvoidsTheCompositesTheSeedModelDoesNotCareAbout() {
        SchoolRequest school = SeedSchool.withTeachers(6);

        ClassPlan best = planner.plan(school, Policies.none(), () -> false).plans().get(0);

        assertThat(best.summary().composites()).isZero();
        assertThat(best.summary().classes()).isEqualTo(6);
        assertThat(best.summary().worstGradeSpread()).isZero();
    }

    @Test
    void aWeightingPluginDecidesBetweenOtherwiseEqualPlans() {
        // K 20, 1 30, 2 20, caps 25, 3 teachers: five first graders must share a class, with the kindergarten (K/1)
        // or with the second grade (1/2); both plans have one composite, three classes and the same spreads, so
        // only the weighting tells them apart. Each weighting must get the composite it prefers.
        SchoolRequest school = new SchoolRequest("Three grades", 3, 5,
                List.of(new org.classcruncher.api.GradeSpec("K", 20, 10, 25, null),
                        new org.classcruncher.api.GradeSpec("1", 30, 10, 25, null),
                        new org.classcruncher.api.GradeSpec("2", 20, 10, 25, null)),
                List.of(org.classcruncher.api.CompositeSpec.of("K", "1"), org.classcruncher.api.CompositeSpec.of("1", "2")),
                null);

        assertThat(compositeOfBestPlan(school, avoiding("K", "1"))).containsExactly("1", "2");
        assertThat(compositeOfBestPlan(school, avoiding("1", "2"))).containsExactly("K", "1");
    }

    private List<String> compositeOfBestPlan(SchoolRequest school, ObjectiveWeighting weighting) {
        PlanningOutcome outcome = planner.plan(school, new Policies(weighting, List.of()), () -> false);
        assertThat(outcome.plugins()).containsExactly(weighting.id() + "@1");
        ClassPlan best = outcome.plans().get(0);
        assertThat(best.optimal()).isTrue();
        assertThat(best.summary().composites()).isOne();
        return best.classes().stream().filter(org.classcruncher.api.PlannedClass::composite).findFirst().orElseThrow()
                .grades();
    }

    /** A weighting under which a child in a composite of exactly these grades costs three times as much. */
    private static ObjectiveWeighting avoiding(String... composite) {
        return new ObjectiveWeighting() {
            public String id() {
                return "avoid-" + String.join("-", composite);
            }

            public String description() {
                return "test";
            }

            public double childWeight(String grade, List<String> classGrades) {
                return classGrades.equals(List.of(composite)) ? 3 : 1;
            }
        };
    }

    @Test
    void stopsAtTheTimeLimitWithWhatItHasFound() {
        // The seed model cannot prove this tight 476-child school infeasible within a minute.
        SchoolRequest school = seed(Schools.named("district-044"));
        school = school.withOptions(school.options().withTimeLimitSeconds(1));

        long start = System.nanoTime();
        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome.status()).isEqualTo(SolveStatus.TIMED_OUT);
        assertThat(outcome.message()).contains("time limit of 1 s");
        assertThat(millis).as("a 1 s limit is not a 60 s search").isLessThan(30_000);
    }

    @Test
    void stopsWhenCancelled() throws InterruptedException {
        PlanningOutcome outcome = cancelledAfter300Millis(seed(Schools.named("district-044")));

        assertThat(outcome.status()).isEqualTo(SolveStatus.CANCELLED);
    }

    @Test
    void stopsTheDefaultFormulationAtTheTimeLimitOfTheWholeSolve() {
        SchoolRequest school = LongSearch.school();
        school = school.withOptions(school.options().withTimeLimitSeconds(1));

        long start = System.nanoTime();
        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcome.status()).isEqualTo(SolveStatus.TIMED_OUT);
        assertThat(outcome.message()).isEqualTo("No plan was found within the time limit of 1 s.");
        // The figures (within 100 ms on a quiet machine) are the benchmark's; here: the limit is the whole solve's.
        assertThat(millis).isBetween(1_000L, 2_000L);
    }

    @Test
    void stopsTheDefaultFormulationWhenCancelledWhileItSearches() throws InterruptedException {
        PlanningOutcome outcome = cancelledAfter300Millis(LongSearch.school());

        assertThat(outcome.status()).isEqualTo(SolveStatus.CANCELLED);
        assertThat(outcome.plans()).isEmpty();
    }

    /** Plans the school with a cancel 300 ms into the solve. */
    private PlanningOutcome cancelledAfter300Millis(SchoolRequest school) throws InterruptedException {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        canceller.schedule(() -> cancelled.set(true), 300, TimeUnit.MILLISECONDS);
        try {
            return planner.plan(school, Policies.none(), cancelled::get);
        } finally {
            canceller.shutdownNow();
            canceller.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCancelDuringTheDiagnosisEndsTheSolveCancelledWithWhatItFound() {
        // The search proves the school infeasible without looking at the flag again once the diagnosis has begun:
        // the flag is raised on its first question after the proof.
        SchoolRequest school = Schools.named("tight-04");
        PlanningOutcome proof = planner.plan(school, Policies.none(), () -> false);
        assertThat(proof.status()).isEqualTo(SolveStatus.INFEASIBLE);
        long[] asked = {0};
        long proofQuestions = countQuestions(school);

        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> ++asked[0] > proofQuestions);

        assertThat(outcome.status()).isEqualTo(SolveStatus.CANCELLED);
        assertThat(outcome.message()).startsWith("Cancelled while explaining why the school has no plan");
        assertThat(outcome.diagnosis().reasons()).isNotEmpty();
    }

    /** How often a search that proves the school infeasible looks at the cancel flag. */
    private long countQuestions(SchoolRequest school) {
        long[] asked = {0};
        new org.classcruncher.planner.structure.StructurePlanner(new GlpkSolver()).plan(school, ChildWeights.equal(),
                false, SolveControl.startingNow(java.time.Duration.ofSeconds(30), () -> ++asked[0] < 0));
        return asked[0];
    }

    @Test
    void explainsAnInfeasibleSchoolAndNeverReturnsPlansForIt() {
        PlanningOutcome outcome = planner.plan(SeedSchool.withTeachers(4), humanise, () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(outcome.plans()).isEmpty();
        assertThat(outcome.diagnosis().reasons())
                .contains("110 children need at least 5 classes of at most 25, but there are 4 teachers.");
        assertThat(outcome.diagnosis().teachersNeeded()).isEqualTo(5);
    }

    @Test
    void plansWithinTheLimitsOfASizePolicy() {
        // 60 children, 3 teachers, classes of up to 30: composites are allowed but capped at 18 by the policy.
        SchoolRequest school = new SchoolRequest("Capped", 3, 4,
                List.of(new org.classcruncher.api.GradeSpec("K", 25, 10, 30, null),
                        new org.classcruncher.api.GradeSpec("1", 35, 10, 30, null)),
                List.of(org.classcruncher.api.CompositeSpec.of("K", "1")), null);
        ClassSizePolicy compositesAtMost18 = new ClassSizePolicy() {
            public String id() {
                return "composites-18";
            }

            public String description() {
                return "test";
            }

            public ClassSizeLimits limits(List<String> grades, SchoolRequest s) {
                return grades.size() == 1 ? s.limitsOf(grades) : new ClassSizeLimits(10, 18);
            }
        };

        PlanningOutcome outcome = planner.plan(school, new Policies(null, List.of(), compositesAtMost18), () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(outcome.plugins()).containsExactly("composites-18@1");
        assertThat(outcome.plans()).allSatisfy(plan -> assertThat(plan.classes())
                .filteredOn(PlannedClass::composite)
                .allSatisfy(composite -> assertThat(composite.total()).isLessThanOrEqualTo(18)));
        assertThat(outcome.plans()).anySatisfy(plan -> assertThat(plan.summary().composites()).isPositive());
    }

    @Test
    void aPolicyThatThrowsFailsTheSolveNamingThePolicy() {
        ClassSizePolicy broken = new ClassSizePolicy() {
            public String id() {
                return "broken-rule";
            }

            public String description() {
                return "test";
            }

            public ClassSizeLimits limits(List<String> grades, SchoolRequest s) {
                throw new IllegalStateException("no rule for " + grades);
            }
        };

        assertThatThrownBy(() -> planner.plan(SeedSchool.withTeachers(6), new Policies(null, List.of(), broken),
                () -> false))
                .isInstanceOf(PolicyFailure.class)
                .hasMessageStartingWith("The size policy 'broken-rule' failed: java.lang.IllegalStateException");
    }

    @Test
    void aSizePolicysTargetBelowOneFailsTheSolveNamingThePolicyAndGrade() {
        ClassSizePolicy zeroTarget = new ClassSizePolicy() {
            public String id() {
                return "zero-target";
            }

            public String description() {
                return "test";
            }

            public ClassSizeLimits limits(List<String> grades, SchoolRequest s) {
                return s.limitsOf(grades);
            }

            public Integer target(String grade, SchoolRequest s) {
                return grade.equals("2") ? 0 : 25;
            }
        };

        assertThatThrownBy(() -> planner.plan(SeedSchool.withTeachers(6),
                new Policies(null, List.of(), zeroTarget), () -> false))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The size policy 'zero-target' gave grade 2 a target of 0: a target is 1 or more.");
    }

    @Test
    void aBalancingRuleThatBreaksARuleFailsTheSolveNamingIt() {
        BalancingRule dropsAClass = new BalancingRule() {
            public String id() {
                return "drops-a-class";
            }

            public String description() {
                return "test";
            }

            public ClassPlan balance(ClassPlan plan, SchoolRequest school) {
                return plan.withClasses(plan.classes().subList(1, plan.classes().size()));
            }
        };

        assertThatThrownBy(() -> planner.plan(SeedSchool.withTeachers(6), new Policies(null, List.of(dropsAClass)),
                () -> false))
                .isInstanceOf(PolicyFailure.class)
                .hasMessageStartingWith("The balancing policy 'drops-a-class' broke the school's rules: Grade K has 32 "
                        + "children but 16 are placed (16 without a class).");
    }

    private static SchoolRequest seed(SchoolRequest school) {
        return school.withOptions(school.options().withFormulation(SolveOptions.SEED_FORMULATION));
    }
}
