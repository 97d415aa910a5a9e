package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanSummaryTest {

    @Test
    void measuresClassesCompositesAndSpreads() {
        List<PlannedClass> classes = List.of(
                PlannedClass.of("K A", List.of(new Subclass("K", 20))),
                PlannedClass.of("1 A", List.of(new Subclass("1", 25))),
                PlannedClass.of("K/1 A", List.of(new Subclass("K", 12), new Subclass("1", 10))));

        PlanSummary summary = PlanSummary.of(classes);

        assertThat(summary.classes()).isEqualTo(3);
        assertThat(summary.composites()).isEqualTo(1);
        assertThat(summary.largestClass()).isEqualTo(25);
        assertThat(summary.smallestClass()).isEqualTo(20);
        assertThat(summary.spread()).isEqualTo(5);
        assertThat(summary.gradeSpread()).containsExactly(entry("K", 2), entry("1", 3));
        assertThat(summary.worstGradeSpread()).isEqualTo(3);
    }
}
