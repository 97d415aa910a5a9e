package org.classcruncher.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanLimitTest {

    @Test
    void aWeightOfOnePlusOneInMIsOffered() {
        assertThat(((PlanLimit.SupportedCountAs) PlanLimit.supportedCountAs(List.of("K"), 2)).sharingAPlace())
                .isEqualTo(1);
        assertThat(((PlanLimit.SupportedCountAs) PlanLimit.supportedCountAs(List.of("K"), 1.5)).sharingAPlace())
                .isEqualTo(2);
        assertThat(((PlanLimit.SupportedCountAs) PlanLimit.supportedCountAs(List.of("K"), 1.25)).sharingAPlace())
                .isEqualTo(4);
        assertThat(((PlanLimit.SupportedCountAs) PlanLimit.supportedCountAs(List.of("K"), 1.1)).sharingAPlace())
                .isEqualTo(10);
        assertThat(PlanLimit.supportedCountDouble(List.of("K"))).isEqualTo(PlanLimit.supportedCountAs(List.of("K"), 2));
    }

    @ParameterizedTest
    @ValueSource(doubles = {3, 2.5, 1.4, 1.05, 1, 0.5, 0, -2, Double.POSITIVE_INFINITY, Double.NaN})
    void anyOtherWeightIsRefused(double weight) {
        assertThatThrownBy(() -> PlanLimit.supportedCountAs(List.of("K"), weight))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 + 1/m");
    }
}
