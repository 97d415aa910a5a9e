package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class SchoolRequestTest {

    private static final GradeSpec K = new GradeSpec("K", 44, 15, 22, null);
    private static final GradeSpec FIRST = new GradeSpec("1", 50, 12, 24, null);

    @Test
    void acceptsAValidSchoolAndFillsDefaults() {
        SchoolRequest school = new SchoolRequest(null, 5, null, List.of(K, FIRST), null, null);

        assertThat(school.name()).isEqualTo("Unnamed school");
        assertThat(school.minSubclassSize()).isEqualTo(1);
        assertThat(school.composites()).isEmpty();
        assertThat(school.options()).isEqualTo(SolveOptions.defaults());
        assertThat(school.options().formulation()).isEqualTo(SolveOptions.DEFAULT_FORMULATION);
        assertThat(school.options().balancing()).isEmpty();
        assertThat(school.totalChildren()).isEqualTo(94);
    }

    @Test
    void rejectsCompositeWithUnknownGrade() {
        assertRejected(() -> new SchoolRequest("S", 5, 4, List.of(K, FIRST), List.of(CompositeSpec.of("K", "3")),
                null), "composites[K/3].grades", "composite K/3 names grade 3, which the school does not teach");
    }

    @Test
    void rejectsMinClassSizeAboveMax() {
        assertRejected(() -> new GradeSpec("2", 40, 25, 20, null), "grades[2].minClassSize",
                "grade 2: minClassSize 25 is greater than maxClassSize 20");
    }

    @Test
    void rejectsNegativeChildren() {
        assertRejected(() -> new GradeSpec("2", -1, 10, 20, null), "grades[2].children",
                "grades[2].children must be at least 0 but is -1");
    }

    @Test
    void reportsAMissingNumberAsMissingRatherThanZero() {
        assertRejected(() -> new GradeSpec("2", null, 10, 20, null), "grades[2].children", "children is required");
        assertRejected(() -> new SchoolRequest("S", null, 4, List.of(K), null, null), "teachers",
                "teachers is required");
    }

    @Test
    void rejectsAGradeListedTwice() {
        assertRejected(() -> new SchoolRequest("S", 5, 4, List.of(K, K), null, null), "grades[K].grade",
                "grade K is listed twice");
    }

    @Test
    void rejectsASchoolWithoutTeachersOrGrades() {
        assertRejected(() -> new SchoolRequest("S", 0, 4, List.of(K), null, null), "teachers",
                "teachers must be at least 1 but is 0");
        assertRejected(() -> new SchoolRequest("S", 3, 4, List.of(), null, null), "grades",
                "a school teaches at least one grade");
    }

    @Test
    void rejectsACompositeOfOneOrFourGrades() {
        assertRejected(() -> CompositeSpec.of("K"), "composites[K].grades", "a composite class joins 2 or 3 grades, not 1");
        assertRejected(() -> CompositeSpec.of("1", "2", "3", "4"), "composites[1/2/3/4].grades",
                "a composite class joins 2 or 3 grades, not 4");
    }

    @Test
    void compositeLimitsDefaultToTheLowestOfItsGrades() {
        SchoolRequest school = new SchoolRequest("S", 5, 4, List.of(K, FIRST), List.of(CompositeSpec.of("K", "1")),
                null);

        assertThat(school.limitsOf(List.of("1", "K"))).isEqualTo(new ClassSizeLimits(12, 22));
    }

    @Test
    void compositeOwnLimitsWin() {
        SchoolRequest school = new SchoolRequest("S", 5, 4, List.of(K, FIRST),
                List.of(new CompositeSpec(List.of("K", "1"), 10, 20)), null);

        assertThat(school.limitsOf(List.of("K", "1"))).isEqualTo(new ClassSizeLimits(10, 20));
    }

    @Test
    void rejectsACompositeWhoseLimitsCannotBeMet() {
        assertRejected(() -> new SchoolRequest("S", 5, 4, List.of(K, FIRST),
                        List.of(new CompositeSpec(List.of("K", "1"), 23, null)), null),
                "composites[K/1].maxClassSize", "composite K/1 would need at least 23 children but may hold at most 22");
    }

    @Test
    void rejectsOptionsOutOfRange() {
        assertRejected(() -> new SolveOptions(0, null, null, null, null, null, null), "options.alternatives",
                "options.alternatives must be at least 1 but is 0");
        assertRejected(() -> new SolveOptions(null, 0, null, null, null, null, null), "options.timeLimitSeconds",
                "options.timeLimitSeconds must be at least 1 but is 0");
    }

    @Test
    void theSeedFormulationHumanisesByDefault() {
        assertThat(new SolveOptions(null, null, null, null, "seed", null, null).balancing()).containsExactly("humanise");
    }

    @Test
    void rejectsAnUnknownFormulation() {
        assertRejected(() -> new SolveOptions(null, null, null, null, "magic", null, null), "options.formulation",
                "options.formulation must be 'default' or 'seed', not 'magic'");
    }

    @Test
    void rejectsMoreThanThirtyGradesOrAHundredComposites() {
        List<GradeSpec> thirtyOne = java.util.stream.IntStream.range(0, 31)
                .mapToObj(g -> new GradeSpec("G" + g, 20, 10, 25, null)).toList();
        assertRejected(() -> new SchoolRequest("S", 5, 1, thirtyOne, null, null), "grades",
                "grades may have at most 30 entries but has 31");
        assertThat(new SchoolRequest("S", 5, 1, thirtyOne.subList(0, 30), null, null).grades()).hasSize(30);

        List<GradeSpec> fifteen = thirtyOne.subList(0, 15);
        List<CompositeSpec> allPairs = new java.util.ArrayList<>();
        for (int a = 0; a < 15; a++) {
            for (int b = a + 1; b < 15; b++) {
                allPairs.add(CompositeSpec.of("G" + a, "G" + b));
            }
        }
        assertThat(allPairs).hasSize(105);
        assertRejected(() -> new SchoolRequest("S", 5, 1, fifteen, allPairs, null), "composites",
                "composites may have at most 100 entries but has 105");
        assertThat(new SchoolRequest("S", 5, 1, fifteen, allPairs.subList(0, 100), null).composites()).hasSize(100);
    }

    @Test
    void rejectsNullEntriesNamingTheirIndex() {
        List<GradeSpec> withNull = new java.util.ArrayList<>(List.of(K));
        withNull.add(null);
        assertRejected(() -> new SchoolRequest("S", 5, 1, withNull, null, null), "grades[1]",
                "grades[1] must not be null");
        List<CompositeSpec> nullComposite = new java.util.ArrayList<>();
        nullComposite.add(null);
        assertRejected(() -> new SchoolRequest("S", 5, 1, List.of(K, FIRST), nullComposite, null), "composites[0]",
                "composites[0] must not be null");
        List<String> nullGrade = new java.util.ArrayList<>(List.of("K"));
        nullGrade.add(null);
        assertRejected(() -> new CompositeSpec(nullGrade, null, null), "composites.grades",
                "composites.grades is required and must not be blank");
        List<String> nullRule = new java.util.ArrayList<>();
        nullRule.add(null);
        assertRejected(() -> new SolveOptions(null, null, null, nullRule, null, null, null), "options.balancing[0]",
                "options.balancing[0] must not be null");
    }

    @Test
    void rejectsOverlongNames() {
        assertRejected(() -> new SchoolRequest("x".repeat(201), 5, 1, List.of(K), null, null), "name",
                "name must have at most 200 characters but has 201");
        assertThat(new SchoolRequest(" " + "x".repeat(200) + " ", 5, 1, List.of(K), null, null).name()).hasSize(200);
        assertRejected(() -> new GradeSpec("K".repeat(21), 20, 10, 25, null), "grades.grade",
                "grades.grade must have at most 20 characters but has 21");
        assertRejected(() -> new CompositeSpec(List.of("K", "1".repeat(21)), null, null), "composites.grades",
                "composites.grades must have at most 20 characters but has 21");
        assertRejected(() -> new SolveOptions(null, null, null, null, null, "p".repeat(101), null), "options.sizePolicy",
                "options.sizePolicy must have at most 100 characters but has 101");
    }

    private static AbstractThrowableAssert<?, ?> assertRejected(Runnable construction, String field, String message) {
        return assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(InvalidSchoolException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo(field))
                .hasMessage(message);
    }
}
