package org.classcruncher.plugins.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    /** Grade 3 caps at 24, grade 4 at 30; the school itself would cap a 3/4 composite at 24. */
    private final SchoolRequest school = new SchoolRequest("S", 10, 4,
            List.of(new GradeSpec("3", 60, 12, 24, null), new GradeSpec("4", 70, 15, 30, null)),
            List.of(CompositeSpec.of("3", "4")), null);

    @Test
    void queenslandGivesACompositeTheLowerGradesCap() {
        SchoolRequest olderFirst = new SchoolRequest("S", 10, 4,
                List.of(new GradeSpec("3", 60, 12, 30, null), new GradeSpec("4", 70, 15, 24, null)),
                List.of(CompositeSpec.of("3", "4")), null);

        assertThat(new QueenslandCompositeCap().limits(List.of("3", "4"), olderFirst))
                .isEqualTo(new ClassSizeLimits(12, 30));
        assertThat(new QueenslandCompositeCap().limits(List.of("4"), olderFirst)).isEqualTo(new ClassSizeLimits(15, 24));
    }

    @Test
    void scotlandCapsEveryCompositeAt25() {
        SchoolRequest wide = new SchoolRequest("S", 10, 4,
                List.of(new GradeSpec("5", 60, 12, 30, null), new GradeSpec("6", 70, 15, 30, null)),
                List.of(CompositeSpec.of("5", "6")), null);

        assertThat(new ScotlandCompositeCap().limits(List.of("5", "6"), wide)).isEqualTo(new ClassSizeLimits(12, 25));
        assertThat(new ScotlandCompositeCap().limits(List.of("5"), wide)).isEqualTo(new ClassSizeLimits(12, 30));
    }

    @Test
    void britishColumbiaCapsASplitClassTwoBelowTheLowestCap() {
        assertThat(new BritishColumbiaSplitCap().limits(List.of("3", "4"), school))
                .isEqualTo(new ClassSizeLimits(12, 22));
    }

    @Test
    void allThreeAreFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ClassSizePolicy.class).stream().map(provider -> provider.get().id()))
                .containsExactlyInAnyOrder("queensland", "scotland", "british-columbia-union");
    }
}
