package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.spi.ObjectiveWeighting;
import org.classcruncher.spi.PlanLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default search under plan rules (straight options first, then composite patterns) finds the reference's
 * optimum (the one model with the rules' rows) on every level of every plan, on the K-6 school of
 * {@link SpareTeacherTest} (composites 2/3, 4/5, 5/6) with too few, enough and spare teachers: the rules push some
 * plans into composites and leave others straight.
 */
class RuledSearchTest {

    private static final List<String> PRIMARY = List.of("K", "1", "2", "3");
    private static final List<String> JUNIOR = List.of("4", "5", "6");
    private static final List<String> ALL = List.of("K", "1", "2", "3", "4", "5", "6");
    /** Children with a support plan: enough in K, 2 and 5 that a class of them holds no more than 3. */
    private static final Map<String, Integer> SUPPORTED = Map.of("K", 8, "2", 9, "5", 11);

    private final GlpkSolver solver = new GlpkSolver();
    private final StructurePlanner planner = new StructurePlanner(solver);
    private final StructurePlanner reference = StructurePlanner.reference(solver);

    static Stream<Arguments> schoolsAndRules() {
        List<Arguments> cases = new ArrayList<>();
        for (int teachers : new int[] {22, 24, 26}) {
            cases.add(Arguments.of(teachers, "share", List.of(PlanLimit.shareAbove(PRIMARY, 20, 0.25),
                    PlanLimit.cap(PRIMARY, 23))));
            cases.add(Arguments.of(teachers, "targets", List.of(PlanLimit.target(PRIMARY, 20),
                    PlanLimit.target(JUNIOR, 25))));
            cases.add(Arguments.of(teachers, "average", List.of(PlanLimit.averageAtMost(PRIMARY, 20.5),
                    PlanLimit.mostComposites(1))));
            // A target below the share's size: the tiers carry the target, and a grade's lower tier may go over it.
            cases.add(Arguments.of(teachers, "share and target", List.of(PlanLimit.shareAbove(PRIMARY, 20, 0.25),
                    PlanLimit.target(PRIMARY, 19))));
            cases.add(Arguments.of(teachers, "kinds", List.of(PlanLimit.mostKinds(List.of("5"), 1),
                    PlanLimit.shareAbove(JUNIOR, 25, 0.5))));
            cases.add(Arguments.of(teachers, "supported", List.of(PlanLimit.mostSupported(ALL, 3),
                    PlanLimit.supportedCountAs(ALL, 1.5), PlanLimit.shareAbove(PRIMARY, 21, 0.5))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} teachers, {1}")
    @MethodSource("schoolsAndRules")
    void findsTheReferencesOptimumOnEveryLevelOfEveryPlan(int teachers, String name, List<PlanLimit> limits) {
        Ruled ruled = Ruled.of(teachers, name, limits);

        List<List<Double>> found = ruled.levels(ruled.plan(planner));

        assertThat(found).isEqualTo(ruled.levels(ruled.plan(reference)));
    }

    /**
     * The straight-only search on its own: where the reference's best plan has no composite, it finds a plan as good
     * on every level; where the best has composites, it finds none (so it never hides a straight plan the search
     * after it would have to find the slow way).
     */
    @ParameterizedTest(name = "{0} teachers, {1}")
    @MethodSource("schoolsAndRules")
    void theStraightOnlySearchFindsTheBestPlanWithoutComposites(int teachers, String name, List<PlanLimit> limits) {
        Ruled ruled = Ruled.of(teachers, name, limits);
        List<ClassPlan> best = ruled.plan(reference);

        SearchStep straight = new StraightOnlySearch(solver).next(ruled.school(), ruled.objective(), ruled.rules(),
                List.of(), SolveControl.startingNow(Duration.ofSeconds(60), () -> false));

        if (best.isEmpty() || best.get(0).summary().composites() > 0) {
            assertThat(straight.structure()).isNull();
            assertThat(straight.stop()).isEqualTo(MilpSolution.Outcome.INFEASIBLE);
            return;
        }
        assertThat(straight.structure()).as("a plan with no composite").isNotNull();
        ClassPlan plan = StructurePlanReader.read(ruled.school(), ruled.rules().types(ruled.school()),
                straight.structure(), true, null);
        assertThat(ruled.levels(List.of(plan))).isEqualTo(ruled.levels(best.subList(0, 1)));
    }

    /**
     * A weighting's order with the fullest class in place of the largest (as the relieve-fullest example's), under a
     * share rule: its classes' fullness is against their kind's cap, not a size tier's, in the default search (whose
     * straight options fill the lower tier first) as in the reference.
     */
    @ParameterizedTest(name = "{0} teachers")
    @ValueSource(ints = {22, 24, 26})
    void aPluginsOrderWithTheFullestClassFindsTheReferencesOptimum(int teachers) {
        Ruled ruled = Ruled.of(teachers, "share", List.of(PlanLimit.shareAbove(PRIMARY, 20, 0.25)), fullestOrder());

        assertThat(ruled.levels(ruled.plan(planner))).isEqualTo(ruled.levels(ruled.plan(reference)));
    }

    /**
     * K 42, grade 1 42 and grade 2 38 in classes of 15-24, 6 teachers, at most a third of them above 20: K and 1 each
     * in one class of 20 or fewer and one above, 2 in two of 19. The fullest class is least full with K and 1 as 20
     * and 22 (22 of 24), not 19 and 23: measured against a size tier's cap (20 of 20 "full") the model chose 19 and 23.
     */
    @Test
    void theFullestClassIsMeasuredAgainstItsKindsCapNotItsTiers() {
        SchoolRequest school = new SchoolRequest("K-2", 6, 6, List.of(new GradeSpec("K", 42, 15, 24, null),
                new GradeSpec("1", 42, 15, 24, null), new GradeSpec("2", 38, 15, 24, null)), List.of(),
                SolveOptions.defaults());
        SchoolRules rules = SchoolRules.of(null, List.of(rule("third", PlanLimit.shareAbove(List.of("K", "1", "2"),
                20, 1.0 / 3))), school, PolicyWatch.withDefaultBudget());
        Ruled ruled = new Ruled(rules.capped(school), rules, rules.objective(fullestOrder()));

        List<ClassPlan> plans = ruled.plan(reference);

        assertThat(plans.get(0).classes()).filteredOn(c -> c.has("K")).extracting(PlannedClass::total)
                .containsExactlyInAnyOrder(20, 22);
        assertThat(ruled.levels(ruled.plan(planner))).isEqualTo(ruled.levels(plans));
    }

    /** A weighting's order with the fullest class in place of the largest, as the relieve-fullest example's. */
    private static Objective fullestOrder() {
        ObjectiveWeighting fullest = new ObjectiveWeighting() {
            @Override
            public String id() {
                return "fullest";
            }

            @Override
            public String description() {
                return "the fullest class first";
            }

            @Override
            public double childWeight(String grade, List<String> classGrades) {
                return 1;
            }

            @Override
            public List<String> levelOrder() {
                return List.of("composites", "classes", "largestFullness", "evenness", "gradeSpread", "weighting");
            }
        };
        return Objective.of(fullest, PolicyWatch.withDefaultBudget().policy("weighting", "fullest"));
    }

    /** The K-6 school with {@code teachers} under one rule: capped by it, and the objective it gives. */
    private record Ruled(SchoolRequest school, SchoolRules rules, Objective objective) {

        static Ruled of(int teachers, String name, List<PlanLimit> limits) {
            return of(teachers, name, limits, Objective.standard(false));
        }

        static Ruled of(int teachers, String name, List<PlanLimit> limits, Objective base) {
            SchoolRequest school = SpareTeacherTest.kToSix(teachers);
            if (name.equals("supported")) {
                school = new SchoolRequest(school.name(), school.teachers(), school.minSubclassSize(),
                        school.grades().stream().map(grade -> new GradeSpec(grade.grade(), grade.children(),
                                grade.minClassSize(), grade.maxClassSize(), SUPPORTED.get(grade.grade()))).toList(),
                        school.composites(), school.options());
            }
            SchoolRules rules = SchoolRules.of(null, List.of(rule(name, limits.toArray(PlanLimit[]::new))), school,
                    PolicyWatch.withDefaultBudget());
            return new Ruled(rules.capped(school), rules, rules.objective(base));
        }

        List<ClassPlan> plan(StructurePlanner planner) {
            SearchOutcome outcome = planner.plan(school, ChildWeights.equal(), objective,
                    SolveControl.startingNow(Duration.ofSeconds(60), () -> false), rules);
            assertThat(outcome.ending()).isIn(SearchOutcome.Ending.COMPLETE, SearchOutcome.Ending.INFEASIBLE);
            assertThat(outcome.plans()).allMatch(ClassPlan::optimal);
            return outcome.plans();
        }

        List<List<Double>> levels(List<ClassPlan> plans) {
            List<ClassType> types = rules.withTargets(ClassType.of(school));
            List<List<Double>> levels = new ArrayList<>();
            for (ClassPlan plan : plans) {
                List<Double> values = new ArrayList<>();
                for (ObjectiveLevel level : objective.levels()) {
                    values.add(level.value(plan, ChildWeights.equal(), types));
                }
                levels.add(values);
            }
            return levels;
        }
    }
}
