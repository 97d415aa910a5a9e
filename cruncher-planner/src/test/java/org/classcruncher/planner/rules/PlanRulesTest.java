package org.classcruncher.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plan rules change the plan, are kept, and the planner's optimum under them is the true one: on schools of straight
 * classes, a brute force over every split of every grade (uneven ones included) finds the same levels.
 */
class PlanRulesTest {

    private static final List<String> PRIMARY = List.of("K", "1", "2", "3");

    /** Straight classes of 15-24 only (each grade divides on its own, so the brute force is small). */
    static SchoolRequest primary(int teachers, int... children) {
        List<GradeSpec> grades = new ArrayList<>();
        for (int g = 0; g < children.length; g++) {
            grades.add(new GradeSpec(PRIMARY.get(g), children[g], 15, 24, null));
        }
        return new SchoolRequest("primary", teachers, 6, grades, List.of(), SolveOptions.defaults());
    }

    private static PlanningOutcome plan(SchoolRequest school, PlanRule... rules) {
        return RulePlans.plan(school, rules);
    }

    static Stream<Arguments> schools() {
        return Stream.of(Arguments.of(12, new int[] {62, 62, 62, 62}), Arguments.of(10, new int[] {44, 46, 41, 48}),
                Arguments.of(11, new int[] {44, 46, 41, 48}), Arguments.of(13, new int[] {58, 62, 55, 61}),
                Arguments.of(12, new int[] {70, 39, 55, 47}), Arguments.of(14, new int[] {66, 64, 60, 68}));
    }

    @ParameterizedTest
    @MethodSource("schools")
    void aShareRulesOptimumIsTheTrueOne(int teachers, int[] children) {
        SchoolRequest school = primary(teachers, children);
        PlanRule ontario = rule("share", PlanLimit.shareAbove(PRIMARY, 20, 0.10));

        PlanningOutcome outcome = plan(school, ontario);
        StraightPlans.Plan truth = StraightPlans.best(school,
                plan -> plan.all().stream().filter(size -> size > 20).count() <= 0.10 * plan.classes() + 1e-9,
                StraightPlans.standard());

        if (!hasTheTrueOptimum(outcome, truth)) {
            return;
        }
        ClassPlan best = outcome.plans().get(0);
        // Alternatives differ in their classes per grade, whatever size tiers the rule's model put them in.
        assertThat(outcome.plans()).extracting(PlanRulesTest::classesPerGrade).doesNotHaveDuplicates();
    }

    private static List<Long> classesPerGrade(ClassPlan plan) {
        return PRIMARY.stream().map(grade -> plan.classes().stream().filter(c -> c.has(grade)).count()).toList();
    }

    @ParameterizedTest
    @MethodSource("schools")
    void anAverageRulesOptimumIsTheTrueOne(int teachers, int[] children) {
        SchoolRequest school = primary(teachers, children);
        PlanRule average = rule("average", PlanLimit.averageAtMost(List.of("K", "1"), 20.5));

        PlanningOutcome outcome = plan(school, average);
        StraightPlans.Plan truth = StraightPlans.best(school, plan -> {
            List<Integer> covered = new ArrayList<>(plan.grades().get(0));
            covered.addAll(plan.grades().get(1));
            return covered.stream().mapToInt(Integer::intValue).sum() <= 20.5 * covered.size() + 1e-9;
        }, StraightPlans.standard());

        hasTheTrueOptimum(outcome, truth);
    }

    @ParameterizedTest
    @MethodSource("schools")
    void aTargetIsMissedByTheFewestChildrenPossible(int teachers, int[] children) {
        SchoolRequest school = primary(teachers, children);
        PlanRule target = rule("target", PlanLimit.target(PRIMARY, 20));

        PlanningOutcome outcome = plan(school, target);
        StraightPlans.Plan truth = StraightPlans.best(school, plan -> true,
                StraightPlans.after(plan -> plan.all().stream().mapToInt(size -> Math.max(0, size - 20)).sum()));

        ClassPlan best = outcome.plans().get(0);
        int over = best.classes().stream().mapToInt(c -> Math.max(0, c.total() - 20)).sum();
        int truthOver = truth.all().stream().mapToInt(size -> Math.max(0, size - 20)).sum();
        assertThat(over).isEqualTo(truthOver);
        assertThat(levels(best)).isEqualTo(List.of((long) truth.classes(), (long) truth.largest(), truth.squares(),
                (long) truth.gradeSpreads()));
        assertThat(best.rules().get(0).atLimit()).isEqualTo(over > 0);
    }

    @Test
    void aShareRuleChangesThePlanAndSaysHowNearItIs() {
        // 62 children in each of K-3, classes of 15-24. Without a rule 12 teachers give 20, 21, 21 in each grade (8
        // of 12 above 20). With at most 10 % above 20: a grade in 3 classes has one above 20 (3 x 20 < 62), in 4 none
        // (15-16 each). 12 classes (3 each) have 4 above, more than 1.2; 13 have 3 above, more than 1.3; 14 have 2,
        // more than 1.4; 15 (one grade in 3) have 1, within 1.5. So 15 teachers, not 12.
        SchoolRequest tight = primary(12, 62, 62, 62, 62);
        ClassPlan plain = plan(tight).plans().get(0);
        assertThat(plain.classes().stream().filter(c -> c.total() > 20).count()).isEqualTo(8);
        PlanRule ontario = rule("ontario-like", PlanLimit.shareAbove(PRIMARY, 20, 0.10));
        PlanningOutcome impossible = plan(tight, ontario);
        assertThat(impossible.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(impossible.diagnosis().reasons()).anySatisfy(reason -> assertThat(reason)
                .contains("ontario-like@1").contains("without it the school has a plan"));
        assertThat(impossible.diagnosis().teachersNeeded()).isEqualTo(15);
        assertThat(impossible.diagnosis().fixChanges().get(0).teachers()).isEqualTo(15);

        PlanningOutcome ruled = plan(primary(15, 62, 62, 62, 62), ontario);
        ClassPlan best = ruled.plans().get(0);
        assertThat(best.classes().stream().filter(c -> c.total() > 20).map(PlannedClass::total)).containsExactly(22);
        assertThat(best.rules()).singleElement().satisfies(figure -> {
            assertThat(figure.rule()).isEqualTo("ontario-like@1");
            assertThat(figure.text()).isEqualTo("Grades K-3: 93 % of 15 classes hold 20 or fewer (the rule: at "
                    + "least 90 %)");
            assertThat(figure.atLimit()).isTrue();
        });
        assertThat(ruled.plugins()).contains("ontario-like@1");
    }

    @Test
    void structureRulesLimitCompositesAndKindsOfClass() {
        // K 40, 1 14, 2 40 in classes of 15-30, 1/2 allowed, 5 teachers. Grade 1 is too small for a class of its
        // own, so one 1/2 composite takes it with some of grade 2; grade 2's others make 2 straight classes, and K 2
        // classes: grade 2 in two kinds of class.
        SchoolRequest school = new SchoolRequest("k2", 5, 6, List.of(new GradeSpec("K", 40, 15, 30, null),
                new GradeSpec("1", 14, 15, 30, null), new GradeSpec("2", 40, 15, 30, null)),
                List.of(new CompositeSpec(List.of("1", "2"), null, null)), SolveOptions.defaults());
        ClassPlan plain = plan(school).plans().get(0);
        assertThat(kindsOf(plain, "2")).isEqualTo(2);
        assertThat(plain.summary().composites()).isEqualTo(1);

        // Grade 2 in one kind of class: all of it in 1/2 composites, two of 27 (three would need 18 of grade 1).
        PlanningOutcome oneKind = plan(school, rule("one-kind", PlanLimit.mostKinds(List.of("2"), 1)));
        assertThat(oneKind.plans()).isNotEmpty().allSatisfy(plan -> assertThat(kindsOf(plan, "2")).isEqualTo(1));
        ClassPlan best = oneKind.plans().get(0);
        assertThat(best.summary().composites()).isEqualTo(2);
        assertThat(best.classes().stream().filter(PlannedClass::composite).map(PlannedClass::total))
                .containsExactly(27, 27);
        assertThat(best.rules().get(0).text()).isEqualTo("Grade 2: grade 2 is taught in 1 kind of class (the rule: "
                + "at most 1)");

        // No composite at all: grade 1 cannot be taught, and no number of teachers changes that.
        PlanningOutcome none = plan(school, rule("no-composites", PlanLimit.mostComposites(0)));
        assertThat(none.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(none.diagnosis().reasons()).anySatisfy(reason -> assertThat(reason).contains("no-composites@1"));
        assertThat(none.diagnosis().teachersNeeded()).isNull();
    }

    /**
     * Grade 1 46 (4 with a support plan) in classes of 15-24, grade 2 60 in classes of 15-30, 5 teachers. On their own
     * the spare teacher relieves grade 2's 30s: grade 1 in two classes of 23, two supported children each (25 counted
     * double, above 24). Counting them double, grade 1 needs three classes (15, 15, 16, at most 18 counted), and grade
     * 2 keeps two of 30.
     */
    @Test
    void childrenWithASupportPlanCountedTwiceTowardsTheCap() {
        SchoolRequest school = new SchoolRequest("1-2", 5, 6, List.of(new GradeSpec("1", 46, 15, 24, 4),
                new GradeSpec("2", 60, 15, 30, null)), List.of(), SolveOptions.defaults());
        ClassPlan plain = plan(school).plans().get(0);
        assertThat(plain.classes()).filteredOn(c -> c.has("1")).extracting(c -> c.total() + c.supported())
                .containsExactly(25, 25);

        PlanningOutcome doubled = plan(school, rule("double", PlanLimit.supportedCountDouble(List.of("1", "2"))));

        ClassPlan best = doubled.plans().get(0);
        assertThat(best.classes()).filteredOn(c -> c.has("1")).extracting(PlannedClass::total)
                .containsExactlyInAnyOrder(15, 15, 16);
        assertThat(best.classes()).filteredOn(c -> c.has("2")).extracting(PlannedClass::total).containsExactly(30, 30);
        assertThat(doubled.plans()).allSatisfy(plan -> assertThat(plan.classes()).allSatisfy(c -> assertThat(
                c.total() + c.supported()).isLessThanOrEqualTo(c.has("1") ? 24 : 30)));
        assertThat(best.rules().get(0).text()).startsWith("Grades 1-2: a child with a support plan counts as two; "
                + "the fullest class 2 ");
    }

    /** A rule built for SPI 1.3, stating the limit as the record it had then, still loads and plans the same. */
    @Test
    @SuppressWarnings("deprecation")
    void aRuleOfSpiOnePointThreeCountingThemTwiceStillWorks() {
        SchoolRequest school = new SchoolRequest("1-2", 5, 6, List.of(new GradeSpec("1", 46, 15, 24, 4),
                new GradeSpec("2", 60, 15, 30, null)), List.of(), SolveOptions.defaults());

        ClassPlan old = plan(school, rule("double", new PlanLimit.SupportedCountDouble(List.of("1", "2")))).plans()
                .get(0);

        assertThat(old.classes()).filteredOn(c -> c.has("1")).extracting(PlannedClass::total)
                .containsExactlyInAnyOrder(15, 15, 16);
        assertThat(old.rules().get(0).text()).startsWith("Grades 1-2: a child with a support plan counts as two");
    }

    /**
     * Teachers, children and children with a support plan per grade, the weight each of them counts as, and the most
     * a class may hold (0: any number). Without the rule the first five schools put K in three classes of 21-22;
     * with it: K in four where three cannot hold its supported children (the first needs the row between 4 and 5 of
     * them per class: rooms 2, 2, 3 hold 4 + 4 + 5 = 13, not 14), K in three where they just fit (the second), a
     * grade moved (the fifth and seventh), no plan at all (the sixth), and the plain plan where the rule does not bind
     * (the last).
     */
    static Stream<Arguments> supportedSchools() {
        return Stream.of(Arguments.of(12, new int[] {65, 45, 44, 68}, new int[] {14, 0, 0, 0}, 1.5, 5),
                Arguments.of(12, new int[] {65, 45, 44, 68}, new int[] {13, 0, 0, 0}, 1.5, 5),
                Arguments.of(12, new int[] {66, 45, 44, 68}, new int[] {13, 0, 0, 0}, 1.5, 0),
                Arguments.of(12, new int[] {66, 45, 44, 68}, new int[] {7, 0, 0, 0}, 2.0, 0),
                Arguments.of(12, new int[] {66, 45, 44, 68}, new int[] {10, 6, 6, 4}, 1.5, 3),
                Arguments.of(12, new int[] {66, 45, 44, 68}, new int[] {10, 6, 6, 4}, 2.0, 3),
                Arguments.of(14, new int[] {66, 64, 60, 68}, new int[] {12, 20, 4, 9}, 1.25, 6),
                Arguments.of(13, new int[] {69, 46, 47, 70}, new int[] {8, 2, 3, 5}, 1.5, 3));
    }

    @ParameterizedTest
    @MethodSource("supportedSchools")
    void childrenWhoCountMoreGetTheTrueOptimum(int teachers, int[] children, int[] supported, double weight,
                                               int most) {
        List<GradeSpec> grades = new ArrayList<>();
        for (int g = 0; g < children.length; g++) {
            grades.add(new GradeSpec(PRIMARY.get(g), children[g], 15, 24, supported[g]));
        }
        SchoolRequest school = new SchoolRequest("primary", teachers, 6, grades, List.of(), SolveOptions.defaults());
        List<PlanLimit> limits = new ArrayList<>(List.of(PlanLimit.supportedCountAs(PRIMARY, weight)));
        if (most > 0) {
            limits.add(PlanLimit.mostSupported(PRIMARY, most));
        }
        int sharing = (int) Math.round(1 / (weight - 1));

        PlanningOutcome outcome = plan(school, rule("supported", limits.toArray(PlanLimit[]::new)));
        StraightPlans.Plan truth = StraightPlans.best(school, plan -> {
            for (int g = 0; g < children.length; g++) {
                // A class of s children holds at most m per place below its cap, no more than s, nor than the most.
                int room = plan.grades().get(g).stream().mapToInt(size -> Math.min(Math.min(sharing * (24 - size),
                        size), most > 0 ? most : Integer.MAX_VALUE)).sum();
                if (room < supported[g]) {
                    return false;
                }
            }
            return true;
        }, StraightPlans.standard());

        if (!hasTheTrueOptimum(outcome, truth)) {
            return;
        }
        ClassPlan best = outcome.plans().get(0);
        assertThat(outcome.plans()).allSatisfy(plan -> assertThat(plan.classes()).allSatisfy(c -> {
            assertThat(sharing * c.total() + c.supported()).isLessThanOrEqualTo(sharing * 24);
            assertThat(c.supported()).isLessThanOrEqualTo(most > 0 ? most : c.total());
        }));
        assertThat(best.classes().stream().mapToInt(PlannedClass::supported).sum())
                .isEqualTo(Arrays.stream(supported).sum());
    }

    /**
     * Asserts that the outcome is infeasible where the brute force found no plan, else that its first plan has the
     * brute force's levels; answers whether there is a plan (to check further).
     */
    private static boolean hasTheTrueOptimum(PlanningOutcome outcome, StraightPlans.Plan truth) {
        if (truth == null) {
            assertThat(outcome.status()).isEqualTo(SolveStatus.INFEASIBLE);
            return false;
        }
        assertThat(levels(outcome.plans().get(0))).isEqualTo(List.of((long) truth.classes(), (long) truth.largest(),
                truth.squares(), (long) truth.gradeSpreads()));
        return true;
    }

    private static long kindsOf(ClassPlan plan, String grade) {
        return plan.classes().stream().filter(c -> c.has(grade)).map(PlannedClass::grades).distinct().count();
    }

    /** Classes, largest class, sum of squares, sum of grade spreads. */
    private static List<Long> levels(ClassPlan plan) {
        long squares = plan.classes().stream().mapToLong(c -> (long) c.total() * c.total()).sum();
        long spreads = plan.summary().gradeSpread().values().stream().mapToLong(Integer::longValue).sum();
        return List.of((long) plan.summary().classes(), (long) plan.summary().largestClass(), squares, spreads);
    }
}
