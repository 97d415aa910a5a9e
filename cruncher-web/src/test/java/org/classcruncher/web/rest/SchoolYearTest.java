package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Class shells are for the coming school year: the one starting next August. */
class SchoolYearTest {

    @Test
    void aPlanMadeBeforeAugustIsForTheYearStartingThatAugust() {
        assertThat(SolvesResource.comingSchoolYear(LocalDate.of(2027, 3, 15))).isEqualTo("2027-2028");
        assertThat(SolvesResource.comingSchoolYear(LocalDate.of(2027, 7, 31))).isEqualTo("2027-2028");
    }

    @Test
    void aPlanMadeFromAugustOnIsForTheYearAfter() {
        assertThat(SolvesResource.comingSchoolYear(LocalDate.of(2026, 8, 1))).isEqualTo("2027-2028");
        assertThat(SolvesResource.comingSchoolYear(LocalDate.of(2026, 12, 1))).isEqualTo("2027-2028");
    }
}
