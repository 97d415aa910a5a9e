package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveTest {

    /** The standard ranking written out by hand: what a principal compares, most important first. */
    private static final Comparator<ClassPlan> BY_HAND = Comparator
            .comparingInt((ClassPlan plan) -> plan.summary().composites())
            .thenComparingInt(plan -> -plan.summary().classes())
            .thenComparingInt(plan -> plan.summary().largestClass())
            .thenComparingLong(plan -> plan.classes().stream().mapToLong(c -> (long) c.total() * c.total()).sum())
            .thenComparingInt(plan -> plan.summary().gradeSpread().values().stream().mapToInt(Integer::intValue).sum());

    private final GlpkSolver solver = new GlpkSolver();
    private final Planner planner = new Planner(solver);

    @Test
    void theStandardOrderIsCompositesClassesLargestClassEvennessGradeSpreadThenTheWeighting() {
        assertThat(Objective.standard(true).levels()).extracting(ObjectiveLevel::id)
                .containsExactlyElementsOf(ObjectiveWeighting.STANDARD_LEVEL_ORDER);
        assertThat(Objective.standard(false).levels()).extracting(ObjectiveLevel::id)
                .containsExactly("composites", "classes", "largestClass", "evenness", "gradeSpread");
        assertThat(Objective.of(null, null)).isEqualTo(Objective.standard(false));
        assertThat(Objective.of(ordering("default-order", null), call("default-order")))
                .isEqualTo(Objective.standard(true)).matches(Objective::isStandard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rural-00", "rural-03", "rural-07", "typical-00"})
    void theStandardObjectiveRanksBenchmarkPlansAsWrittenByHand(String name) {
        PlanningOutcome outcome = planner.plan(Schools.named(name), Policies.none(), () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(outcome.plans()).isSortedAccordingTo(BY_HAND);
        Comparator<ClassPlan> ranking = Planner.ranking(Objective.standard(false), ChildWeights.equal(), Schools.named(name));
        for (ClassPlan a : outcome.plans()) {
            for (ClassPlan b : outcome.plans()) {
                assertThat(Integer.signum(ranking.compare(a, b))).isEqualTo(Integer.signum(BY_HAND.compare(a, b)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rural-03", "rural-07"})
    void theOneModelGeneralisedToAnyOrderFindsTheDefaultSearchsOptimaForTheStandardOne(String name) {
        SchoolRequest school = Schools.named(name);

        List<ClassPlan> fast = planner.plan(school, Policies.none(), () -> false).plans();
        List<ClassPlan> oneModel = Planner.reference(solver).plan(school, Policies.none(), () -> false).plans();

        // Plans tying on every level may come in either order.
        assertThat(levels(oneModel, school)).isEqualTo(levels(fast, school));
    }

    @Test
    void balanceFirstEvensOutTheGradesAtTheCostOfMoreComposites() {
        // rural-07: 75 children in 7 grades, 4 teachers. Fewest composites (2) leaves grade 4 in classes of 24 and
        // 29; a third composite evens out every grade, a fourth brings the overall spread from 10 down to 5.
        SchoolRequest school = Schools.named("rural-07");

        ClassPlan standard = planner.plan(school, Policies.none(), () -> false).plans().get(0);
        ClassPlan balanced = planner.plan(school, new Policies(balanceFirst(), List.of()), () -> false).plans().get(0);

        assertThat(standard.optimal()).isTrue();
        assertThat(standard.summary().composites()).isEqualTo(2);
        assertThat(standard.summary().worstGradeSpread()).isEqualTo(5);
        assertThat(balanced.optimal()).isTrue();
        assertThat(balanced.summary().worstGradeSpread()).isZero();
        assertThat(balanced.summary().spread()).isEqualTo(5);
        assertThat(balanced.summary().composites()).isEqualTo(4);
        assertThat(balanced.summary().classes()).isEqualTo(4);
    }

    @Test
    void aLevelOrderNamingALevelTwiceFailsTheSolveNamingThePlugin() {
        ObjectiveWeighting twice = ordered("twice", "composites", "classes", "gradeSpread", "gradeSpread",
                "weighting");

        assertThatThrownBy(() -> planner.plan(Schools.named("rural-03"), new Policies(twice, List.of()),
                () -> false))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The weighting policy 'twice' gave the level order [composites, classes, gradeSpread, "
                        + "gradeSpread, weighting]; it must name composites, classes and weighting once each, and one "
                        + "or more of [largestClass, evenness, largestFullness, gradeSpread, overallSpread] at most "
                        + "once each (repeated: gradeSpread).");
    }

    @Test
    void aLevelOrderWithAnUnknownOrMissingLevelOrNoneAtAllFailsNamingThePlugin() {
        assertThatThrownBy(() -> Objective.of(ordered("teachers-first", "fewestTeachers", "composites"),
                call("teachers-first")))
                .isInstanceOf(PolicyFailure.class)
                .hasMessageStartingWith("The weighting policy 'teachers-first' gave the level order")
                .hasMessageEndingWith("(unknown: fewestTeachers; missing: classes, weighting; no balance level).");
        assertThatThrownBy(() -> Objective.of(ordered("no-order", new String[0]), call("no-order")))
                .isInstanceOf(PolicyFailure.class).hasMessageContaining("'no-order'");
        ObjectiveWeighting nullOrder = ordering("null-order", () -> null);
        assertThatThrownBy(() -> Objective.of(nullOrder, call("null-order")))
                .isInstanceOf(PolicyFailure.class).hasMessageEndingWith("(it gave none).");
    }

    @Test
    void aLevelOrderThatThrowsFailsTheSolveNamingThePlugin() {
        ObjectiveWeighting throwing = ordering("throwing-order", () -> {
            throw new UnsupportedOperationException("not today");
        });

        assertThatThrownBy(() -> planner.plan(Schools.named("rural-03"), new Policies(throwing, List.of()),
                () -> false))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The weighting policy 'throwing-order' failed: java.lang.UnsupportedOperationException: "
                        + "not today");
    }

    @Test
    void saysWhyEachOfThreePlansRanksWhereItDoes() {
        List<ClassPlan> plans = planner.plan(Schools.named("rural-00"), Policies.none(), () -> false).plans();

        assertThat(plans).extracting(ClassPlan::rankReason).containsExactly(
                "Largest class 16. Ranked above plan 2: same composites (3), classes (3), largest class (16) and sum "
                        + "of squared class sizes (650); smaller spread of class sizes within each grade (1 against 5).",
                "Largest class 16; plan 1: 16. Ranked above plan 3: same composites (3), classes (3) and largest "
                        + "class (16); evener class sizes, by the sum of squared sizes (650 against 656).",
                "Largest class 16; plan 1: 16. Ranked below plan 2: same composites (3), classes (3) and largest "
                        + "class (16); less even class sizes, by the sum of squared sizes (656 against 650).");
    }

    @Test
    void saysWhenAPlanIsTheOnlyOne() {
        SchoolRequest school = Schools.named("rural-07");
        school = school.withOptions(school.options().withAlternatives(1));

        assertThat(planner.plan(school, Policies.none(), () -> false).plans())
                .extracting(ClassPlan::rankReason).containsExactly("The only plan found.");
    }

    private static List<List<Double>> levels(List<ClassPlan> plans, SchoolRequest school) {
        List<ClassType> types = ClassType.of(school);
        return plans.stream().map(plan -> Objective.standard(false).levels().stream()
                .map(level -> level.value(plan, ChildWeights.equal(), types)).toList()).toList();
    }

    /** The order of the balance-first example plugin (plugins/balance-first). */
    private static ObjectiveWeighting balanceFirst() {
        return ordered("balance-first", "gradeSpread", "overallSpread", "composites", "classes", "weighting");
    }

    private static PolicyCall call(String id) {
        return PolicyWatch.withDefaultBudget().policy("weighting", id);
    }

    private static ObjectiveWeighting ordered(String id, String... order) {
        return ordering(id, () -> List.of(order));
    }

    /** Every child costs 1; the level order {@code levelOrder} gives, or the default one when {@code null}. */
    private static ObjectiveWeighting ordering(String id, Supplier<List<String>> levelOrder) {
        return new ObjectiveWeighting() {
            public String id() {
                return id;
            }

            public String description() {
                return "test";
            }

            public double childWeight(String grade, List<String> classGrades) {
                return 1;
            }

            public List<String> levelOrder() {
                return levelOrder == null ? ObjectiveWeighting.super.levelOrder() : levelOrder.get();
            }
        };
    }
}
