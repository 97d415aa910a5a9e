package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
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
import org.classcruncher.spi.PlanLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default search under plan rules (straight options first, then composite patterns) finds the reference's
 * optimum (the one model with the rules' rows) on every level of every plan, on the K-6 school of
 * {@link SpareTeacherTest} (composites 2/3, 4/5, 5/6) with too few, enough and spare teachers: the rules push some
 * plans into composites and leave others straight.
 */
class RuledSearchTest {

    private static final List<String> PRIMARY = List.of("K", "1", "2", "3");
    private static final List<String> JUNIOR = List.of("4", "5", "6");

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

    /** The K-6 school with {@code teachers} under one rule: capped by it, and the objective it gives. */
    private record Ruled(SchoolRequest school, SchoolRules rules, Objective objective) {

        static Ruled of(int teachers, String name, List<PlanLimit> limits) {
            SchoolRequest school = SpareTeacherTest.kToSix(teachers);
            SchoolRules rules = SchoolRules.of(null, List.of(rule(name, limits.toArray(PlanLimit[]::new))), school,
                    PolicyWatch.withDefaultBudget());
            return new Ruled(rules.capped(school), rules, rules.objective(Objective.standard(false)));
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
