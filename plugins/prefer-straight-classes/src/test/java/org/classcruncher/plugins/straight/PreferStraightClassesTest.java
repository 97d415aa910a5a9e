package org.classcruncher.plugins.straight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.Test;

class PreferStraightClassesTest {

    private final PreferStraightClasses weighting = new PreferStraightClasses();

    @Test
    void weightsAChildByTheNumberOfGradesInItsClass() {
        assertThat(weighting.childWeight("K", List.of("K"))).isEqualTo(1.0);
        assertThat(weighting.childWeight("K", List.of("K", "1"))).isEqualTo(2.0);
        assertThat(weighting.childWeight("5", List.of("4", "5", "6"))).isEqualTo(3.0);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ObjectiveWeighting.class).stream().map(ServiceLoader.Provider::type))
                .contains(PreferStraightClasses.class);
    }
}
