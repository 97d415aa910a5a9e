package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.Schools;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard objective puts a spare teacher where the classes are biggest, not where a grade divides evenly. */
class SpareTeacherTest {

    private final GlpkSolver solver = new GlpkSolver();
    private final StructurePlanner planner = new StructurePlanner(solver);
    private final StructurePlanner reference = StructurePlanner.reference(solver);

    /** K 58, 1 62, 2 55, 3 61, 4 49, 5 57, 6 52; K-3 in classes of 15-24, 4-6 of 15-30; 2/3, 4/5 and 5/6 allowed. */
    static SchoolRequest kToSix(int teachers) {
        List<GradeSpec> grades = List.of(new GradeSpec("K", 58, 15, 24, null), new GradeSpec("1", 62, 15, 24, null),
                new GradeSpec("2", 55, 15, 24, null), new GradeSpec("3", 61, 15, 24, null), new GradeSpec("4", 49, 15, 30, null),
                new GradeSpec("5", 57, 15, 30, null), new GradeSpec("6", 52, 15, 30, null));
        List<CompositeSpec> composites = List.of(new CompositeSpec(List.of("2", "3"), null, null),
                new CompositeSpec(List.of("4", "5"), null, null), new CompositeSpec(List.of("5", "6"), null, null));
        return new SchoolRequest("K-6", teachers, 6, grades, composites, SolveOptions.defaults().withAlternatives(3));
    }

    @Test
    void aSpareTeacherGivesGradeSixAThirdClass() {
        ClassPlan at19 = best(kToSix(19));
        ClassPlan at21 = best(kToSix(21));

        assertThat(classesOf(at19, "6")).containsExactly(26, 26);
        assertThat(classesOf(at21, "6")).hasSize(3).allSatisfy(size -> assertThat(size).isBetween(17, 18));
        assertThat(at21.summary().largestClass()).isLessThan(26);
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 18, 19, 20, 21, 22, 23})
    void findsTheReferencesOptimumOnEveryLevelOfEveryPlan(int teachers) {
        SchoolRequest school = kToSix(teachers);

        assertThat(levels(plan(planner, school), school)).isEqualTo(levels(plan(reference, school), school));
    }

    @Test
    void moreTeachersNeverMakeTheLargestClassLarger() {
        int largest = Integer.MAX_VALUE;
        for (int teachers = 17; teachers <= 26; teachers++) {
            ClassPlan best = best(kToSix(teachers));
            assertThat(best.summary().largestClass()).as("largest class with %d teachers", teachers)
                    .isLessThanOrEqualTo(largest);
            largest = best.summary().largestClass();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rural-00", "rural-03", "rural-07", "typical-00", "k8-00"})
    void aStaffingSweepOfABenchmarkSchoolNeverShowsALargerLargestClassWithMoreTeachers(String name) {
        SchoolRequest school = Schools.named(name);
        int largest = Integer.MAX_VALUE;
        for (int teachers = Math.max(1, school.teachers() - 2); teachers <= school.teachers() + 2; teachers++) {
            SchoolRequest staffed = school.withTeachers(teachers)
                    .withOptions(school.options().withAlternatives(1));
            SearchOutcome outcome = planner.plan(staffed, ChildWeights.equal(), false,
                    SolveControl.startingNow(Duration.ofSeconds(60), () -> false));
            if (outcome.plans().isEmpty()) {
                continue;
            }
            int now = outcome.plans().get(0).summary().largestClass();
            assertThat(now).as("%s with %d teachers", name, teachers).isLessThanOrEqualTo(largest);
            largest = now;
        }
    }

    @Test
    void ofPlansTyingOnTheLargestClassPrefersTheEvenerOne() {
        // Grade A's 30 children make one class of 30 (two of 15 are below its smallest, 16): the largest class is 30
        // in every plan. B's 40 and C's 50 share the other five teachers 2 + 3 or 3 + 2; both leave one grade
        // uneven by one, so the grade spreads tie too. Only the squares tell them apart: 20, 20 and 17, 17, 16 sum to
        // 1,634; 14, 13, 13 and 25, 25 to 1,784.
        SchoolRequest school = new SchoolRequest("tie", 6, 6,
                List.of(new GradeSpec("A", 30, 16, 30, null), new GradeSpec("B", 40, 10, 30, null),
                        new GradeSpec("C", 50, 10, 30, null)), List.of(), SolveOptions.defaults().withAlternatives(2));

        List<ClassPlan> plans = plan(planner, school);

        assertThat(plans).extracting(plan -> plan.summary().largestClass()).containsExactly(30, 30);
        assertThat(classesOf(plans.get(0), "B")).containsExactly(20, 20);
        assertThat(classesOf(plans.get(0), "C")).containsExactlyInAnyOrder(17, 17, 16);
        assertThat(levels(plans, school)).extracting(values -> values.get(3)).containsExactly(900 + 1634.0, 900 + 1784.0);
        assertThat(levels(plans, school)).extracting(values -> values.get(4)).containsExactly(1.0, 1.0);
    }

    private ClassPlan best(SchoolRequest school) {
        return plan(planner, school).get(0);
    }

    private static List<ClassPlan> plan(StructurePlanner planner, SchoolRequest school) {
        SearchOutcome outcome = planner.plan(school, ChildWeights.equal(), false,
                SolveControl.startingNow(Duration.ofSeconds(60), () -> false));
        assertThat(outcome.ending()).isEqualTo(SearchOutcome.Ending.COMPLETE);
        assertThat(outcome.plans()).allMatch(ClassPlan::optimal);
        return outcome.plans();
    }

    private static List<List<Double>> levels(List<ClassPlan> plans, SchoolRequest school) {
        List<ClassType> types = ClassType.of(school);
        List<List<Double>> levels = new ArrayList<>();
        for (ClassPlan plan : plans) {
            levels.add(Objective.standard(false).levels().stream()
                    .map(level -> level.value(plan, ChildWeights.equal(), types)).toList());
        }
        return levels;
    }

    private static List<Integer> classesOf(ClassPlan plan, String grade) {
        return plan.classes().stream().filter(c -> c.grades().equals(List.of(grade))).map(PlannedClass::total)
                .toList();
    }
}
