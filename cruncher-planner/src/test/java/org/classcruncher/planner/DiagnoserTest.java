package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.structure.StructurePlanner;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

    private final StructurePlanner planner = new StructurePlanner(new GlpkSolver());
    /**
     * These tests check what the what-ifs find, so they give them time enough on a cold JVM of a loaded CI machine:
     * the standard budget's figures are the benchmark's.
     */
    private final Diagnoser diagnoser = new Diagnoser(planner, new Diagnoser.Budget(Duration.ofSeconds(20),
            Duration.ofSeconds(10), Duration.ofSeconds(5)));

    @Test
    void namesTooFewTeachersAndFindsTheFewestThatGiveAPlan() {
        SchoolRequest school = Schools.named("tight-04");

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.reasons())
                .contains("487 children need at least 17 classes of at most 29, but there are 16 teachers.");
        int needed = diagnosis.teachersNeeded();
        assertThat(planner.feasible(school.withTeachers(needed), control())).isTrue();
        assertThat(planner.feasible(school.withTeachers(needed - 1), control())).isFalse();
        // One teacher fewer is not enough, and the fix says why: each block's fewest classes, proven.
        assertThat(diagnosis.fixes()).contains("With 22 teachers instead of 16, the school has a plan. With 21 no plan "
                + "exists: grades K-4 need at least 17 classes (the fewest that keep their class sizes and composite "
                + "groups) and grades 5-6 at least 5 of at most 29.");
        assertThat(diagnosis.unchecked()).isEmpty();
    }

    @Test
    void aKToSixSchoolShortOfTeachersGetsACombinedFixWithItsOwnTeachers() {
        SchoolRequest school = kToSix(15);

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.reasons()).anyMatch(reason -> reason.endsWith("at least 16 classes, but there are 15 "
                + "teachers."));
        assertThat(diagnosis.teachersNeeded()).isEqualTo(17);
        assertThat(diagnosis.fixes()).first().isEqualTo("With 17 teachers instead of 15, the school has a plan. With "
                + "16 no plan exists: grades K-3 need at least 11 classes of at most 24 (3 for K, 3 for 1, 5 for 2-3) "
                + "and grades 4-6 at least 6 of at most 30.");
        // No single rule change helps: more classes are needed than teachers even at the largest caps, so lowering
        // a smallest class or the smallest group is ruled out by that bound, and none is listed or left unchecked.
        assertThat(diagnosis.fixes()).noneMatch(fix -> fix.startsWith("Lowering") || fix.startsWith("Raising"));
        assertThat(diagnosis.unchecked()).isEmpty();
        List<Integer> combined = combinedFixes(diagnosis);
        assertThat(combined).isNotEmpty();
        for (int index : combined) {
            SchoolChange change = diagnosis.changeOf(index).orElseThrow();
            assertThat(change.teachers()).isNull();
            assertThat(planner.feasible(change.applyTo(school), control())).isTrue();
        }
        assertThat(diagnosis.fixes().get(combined.get(0)))
                .endsWith("together give a plan (with the 15 teachers the school has).");
    }

    /**
     * The answer as a whole has a due time from the solve's start: with a generous budget for the what-ifs but the
     * answer due at once, the planner still proves the school impossible and says why, and tries no what-if (the
     * fewest teachers not settled), where the same budget without a due time finds the fixes above.
     */
    @Test
    void theWhatIfsStopWhenTheAnswerIsDue() {
        Duration plenty = Duration.ofSeconds(20);
        Diagnoser.Budget dueAtOnce = new Diagnoser.Budget(plenty, plenty, plenty, plenty, Duration.ZERO);
        Diagnoser.Budget noDueTime = new Diagnoser.Budget(plenty, plenty, plenty);

        PlanningOutcome hurried = new Planner(new GlpkSolver(), dueAtOnce).plan(kToSix(15), Policies.none(),
                () -> false);
        PlanningOutcome patient = new Planner(new GlpkSolver(), noDueTime).plan(kToSix(15), Policies.none(),
                () -> false);

        assertThat(hurried.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(hurried.diagnosis().reasons()).isNotEmpty();
        assertThat(hurried.diagnosis().teachersNeeded()).isNull();
        assertThat(hurried.diagnosis().unchecked()).contains("More teachers");
        assertThat(patient.diagnosis().teachersNeeded()).isEqualTo(17);
        assertThat(patient.diagnosis().unchecked()).isEmpty();
    }

    @Test
    void twoRulesThatOnlyHelpTogetherAreOneCombinedFix() {
        // Each grade is one child over its cap: raising one cap leaves the other grade needing two classes.
        SchoolRequest school = new SchoolRequest("Two over", 2, 5,
                List.of(new GradeSpec("1", 26, 10, 25, null), new GradeSpec("2", 26, 10, 25, null)), List.of(), null);

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.fixes()).contains("Letting grade 1's classes hold 26 (now 25) and letting grade 2's "
                + "classes hold 26 (now 25) together give a plan (with the 2 teachers the school has).");
        assertThat(diagnosis.fixes()).noneMatch(fix -> fix.startsWith("Raising grade"));
        int index = diagnosis.fixes().indexOf("Letting grade 1's classes hold 26 (now 25) and letting grade 2's "
                + "classes hold 26 (now 25) together give a plan (with the 2 teachers the school has).");
        SchoolChange change = diagnosis.changeOf(index).orElseThrow();
        assertThat(change.grades()).containsOnlyKeys("1", "2");
        assertThat(planner.feasible(change.applyTo(school), control())).isTrue();
        assertThat(diagnosis.unchecked()).isEmpty();
    }

    /** The indexes of the fixes that keep the school's teachers and bend several rules or one by more. */
    private static List<Integer> combinedFixes(Diagnosis diagnosis) {
        return java.util.stream.IntStream.range(0, diagnosis.fixes().size())
                .filter(index -> diagnosis.fixes().get(index).endsWith("teachers the school has)."))
                .boxed().toList();
    }

    static SchoolRequest kToSix(int teachers) {
        return new SchoolRequest("K-6", teachers, 6, List.of(new GradeSpec("K", 58, 15, 24, null),
                new GradeSpec("1", 62, 15, 24, null), new GradeSpec("2", 55, 15, 24, null), new GradeSpec("3", 61, 15, 24, null),
                new GradeSpec("4", 49, 15, 30, null), new GradeSpec("5", 57, 15, 30, null), new GradeSpec("6", 52, 15, 30, null)),
                List.of(CompositeSpec.of("2", "3"), CompositeSpec.of("4", "5"), CompositeSpec.of("5", "6")), null);
    }

    @Test
    void namesAGradeThatCannotFormClassesAndTheChangesThatWouldHelp() {
        SchoolRequest school = Schools.named("tight-09");

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.reasons()).containsExactly("Grade 12: 29 children cannot form classes of 15 to 28 "
                + "(1 class would be too big, 2 too small), and no allowed composite includes grade 12.");
        assertThat(diagnosis.fixes()).contains("Allowing 11/12 composites gives a plan.",
                "Raising grade 12's largest class from 28 to 29 gives a plan.",
                "Lowering grade 12's smallest class from 15 to 14 gives a plan.");
    }

    @Test
    void everyFixItOffersIsVerifiedBySolving() {
        SchoolRequest school = new SchoolRequest("Small sixth", 4, 4,
                List.of(new GradeSpec("5", 40, 15, 25, null), new GradeSpec("6", 9, 15, 25, null)), List.of(), null);

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.reasons()).containsExactly("Grade 6: 9 children are too few for a class of 15 to 25, "
                + "and no allowed composite includes grade 6.");
        assertThat(diagnosis.fixes()).containsExactly("Allowing 5/6 composites gives a plan.",
                "Lowering grade 6's smallest class from 15 to 9 gives a plan.");
        assertThat(planner.feasible(school.withComposite(CompositeSpec.of("5", "6")), control())).isTrue();
        assertThat(planner.feasible(school.withGrade(new GradeSpec("6", 9, 9, 25, null)), control())).isTrue();
        assertThat(diagnosis.teachersNeeded()).isNull();
    }

    @Test
    void saysWhenTheRulesOnlyConflictInCombination() {
        // 40 children fit two classes of 25 and every grade fits a class of its own, but with 2 teachers one class
        // must be a composite: 1/2 or 2/3 with a whole grade is 26 children, and splitting grade 2 between both
        // leaves a group under 7.
        SchoolRequest school = new SchoolRequest("Combination", 2, 7,
                List.of(new GradeSpec("1", 14, 10, 25, null), new GradeSpec("2", 12, 10, 25, null), new GradeSpec("3", 14, 10, 25, null)),
                List.of(CompositeSpec.of("1", "2"), CompositeSpec.of("2", "3")), null);

        Diagnosis diagnosis = diagnoser.diagnose(school, control());

        assertThat(diagnosis.reasons()).singleElement().asString().startsWith("No plan keeps every rule at once");
        assertThat(diagnosis.teachersNeeded()).isEqualTo(3);
        assertThat(diagnosis.fixes()).contains("Raising the largest 1/2 class from 25 to 26 gives a plan.",
                "Lowering the smallest group of one grade in a composite from 7 to 6 gives a plan.");
    }

    private static SolveControl control() {
        return SolveControl.startingNow(Duration.ofSeconds(60), () -> false);
    }
}
