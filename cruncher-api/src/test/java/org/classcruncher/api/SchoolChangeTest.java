package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchoolChangeTest {

    private static final SchoolRequest SCHOOL = new SchoolRequest("Riverside", 8, 4, List.of(
            new GradeSpec("K", 22, 12, 24, null), new GradeSpec("1", 25, 12, 26, null), new GradeSpec("2", 24, 12, 26, null),
            new GradeSpec("3", 23, 12, 28, null)),
            List.of(new CompositeSpec(List.of("K", "1"), null, null)), SolveOptions.defaults());

    @Test
    void changesOnlyWhatItNames() {
        SchoolRequest changed = SchoolChange.teachers(7).applyTo(SCHOOL);

        assertThat(changed.teachers()).isEqualTo(7);
        assertThat(changed.grades()).isEqualTo(SCHOOL.grades());
        assertThat(changed.composites()).isEqualTo(SCHOOL.composites());
        assertThat(changed.minSubclassSize()).isEqualTo(4);
        assertThat(changed.name()).isEqualTo("Riverside");
    }

    @Test
    void growsAGradeAndKeepsItsLimits() {
        SchoolRequest changed = SchoolChange.children("1", 33).applyTo(SCHOOL);

        assertThat(changed.grades().get(1)).isEqualTo(new GradeSpec("1", 33, 12, 26, null));
        assertThat(changed.grades().get(0)).isEqualTo(SCHOOL.grades().get(0));
    }

    @Test
    void allowsAndForbidsComposites() {
        SchoolRequest allowed = SchoolChange.allow("2/3").applyTo(SCHOOL);
        assertThat(allowed.composites()).extracting(CompositeSpec::name).containsExactly("K/1", "2/3");
        assertThat(SchoolChange.allow("1/K").applyTo(SCHOOL).composites())
                .as("a composite allowed already, in another order").hasSize(1);

        SchoolRequest forbidden = SchoolChange.forbid("K/1").applyTo(allowed);
        assertThat(forbidden.composites()).extracting(CompositeSpec::name).containsExactly("2/3");
    }

    @Test
    void changesSeveralThingsAtOnce() {
        SchoolRequest changed = new SchoolChange(9, 3,
                Map.of("3", new SchoolChange.GradeChange(null, 10, 30)), List.of("1/2"), List.of("K/1"))
                .applyTo(SCHOOL);

        assertThat(changed.teachers()).isEqualTo(9);
        assertThat(changed.minSubclassSize()).isEqualTo(3);
        assertThat(changed.grades().get(3)).isEqualTo(new GradeSpec("3", 23, 10, 30, null));
        assertThat(changed.composites()).extracting(CompositeSpec::name).containsExactly("1/2");
    }

    @Test
    void refusesAChangeThatNamesWhatTheSchoolDoesNotHave() {
        assertThatThrownBy(() -> SchoolChange.children("9", 3).applyTo(SCHOOL))
                .isInstanceOf(InvalidSchoolException.class)
                .hasMessage("the school has no grade 9")
                .extracting("field").isEqualTo("grades[9]");
        assertThatThrownBy(() -> SchoolChange.forbid("2/3").applyTo(SCHOOL))
                .isInstanceOf(InvalidSchoolException.class)
                .hasMessage("composite 2/3 is not allowed now, so it cannot be forbidden");
        assertThatThrownBy(() -> SchoolChange.allow("3/4").applyTo(SCHOOL))
                .isInstanceOf(InvalidSchoolException.class)
                .hasMessageContaining("names grade 4, which the school does not teach");
    }

    @Test
    void checksTheChangedSchoolLikeAnySubmittedOne() {
        assertThatThrownBy(() -> SchoolChange.teachers(0).applyTo(SCHOOL))
                .isInstanceOf(InvalidSchoolException.class)
                .extracting("field").isEqualTo("teachers");
        assertThatThrownBy(() -> new SchoolChange(null, null,
                Map.of("2", new SchoolChange.GradeChange(null, 30, null)), null, null).applyTo(SCHOOL))
                .isInstanceOf(InvalidSchoolException.class)
                .extracting("field").isEqualTo("grades[2].minClassSize");
    }
}
