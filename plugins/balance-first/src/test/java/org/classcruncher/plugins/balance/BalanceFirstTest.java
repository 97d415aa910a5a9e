package org.classcruncher.plugins.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.Test;

class BalanceFirstTest {

    private final BalanceFirst weighting = new BalanceFirst();

    @Test
    void putsTheSpreadsBeforeCompositesAndClassesNamingEveryLevelOnce() {
        assertThat(weighting.levelOrder()).startsWith("gradeSpread", "overallSpread")
                .containsExactlyInAnyOrderElementsOf(ObjectiveWeighting.STANDARD_LEVEL_ORDER);
    }

    @Test
    void weightsEveryChildTheSame() {
        assertThat(weighting.childWeight("K", List.of("K"))).isEqualTo(1.0);
        assertThat(weighting.childWeight("K", List.of("K", "1"))).isEqualTo(1.0);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ObjectiveWeighting.class).stream().map(ServiceLoader.Provider::type))
                .contains(BalanceFirst.class);
    }
}
