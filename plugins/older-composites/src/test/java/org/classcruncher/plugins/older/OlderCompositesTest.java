package org.classcruncher.plugins.older;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OlderCompositesTest {

    private final OlderComposites weighting = new OlderComposites();

    @Test
    void straightClassesCostLeast() {
        assertThat(weighting.childWeight("K", List.of("K"))).isEqualTo(1.0);
        assertThat(weighting.childWeight("5", List.of("5", "6"))).isGreaterThan(1.0);
    }

    @Test
    void compositesOfOlderGradesCostLessThanWithKindergarten() {
        assertThat(weighting.childWeight("5", List.of("5", "6")))
                .isLessThan(weighting.childWeight("1", List.of("K", "1")));
    }

    @Test
    void threeGradeCompositesCostMoreThanTwoGradeOnes() {
        assertThat(weighting.childWeight("4", List.of("4", "5", "6")))
                .isGreaterThan(weighting.childWeight("4", List.of("4", "5")));
    }
}
