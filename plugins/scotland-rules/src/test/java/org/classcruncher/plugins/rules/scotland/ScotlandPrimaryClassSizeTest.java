package org.classcruncher.plugins.rules.scotland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.provided;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;

class ScotlandPrimaryClassSizeTest {

    private final PlanRule rule = new ScotlandPrimaryClassSize();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(ScotlandPrimaryClassSize.class)).isTrue();
    }

    /**
     * P4 14, P5 14, P6 20 in classes of 10-30, P4/P5 and P5/P6 allowed, 2 teachers. On its own the school puts P4
     * and P5 in one composite of 28 and P6 in a class of 20. Under Scotland's 25 for a composite, P5 is shared
     * between two composites: 48 children in two classes of 24 (P4 14 + P5 10, P5 4 + P6 20).
     */
    @Test
    void holdsACompositeClassToTwentyFive() {
        SchoolRequest school = new SchoolRequest("P4-P6", 2, 4,
                List.of(new GradeSpec("P4", 14, 10, 30, null), new GradeSpec("P5", 14, 10, 30, null),
                        new GradeSpec("P6", 20, 10, 30, null)),
                List.of(new CompositeSpec(List.of("P4", "P5"), null, null),
                        new CompositeSpec(List.of("P5", "P6"), null, null)), SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(plain.summary().largestClass()).isEqualTo(28);

        ClassPlan best = plan(school, rule).plans().get(0);
        assertThat(best.classes()).extracting(PlannedClass::total).containsExactly(24, 24);
        assertThat(best.summary().composites()).isEqualTo(2);
        assertThat(best.rules()).extracting(figure -> figure.text())
                .contains("Grades P4-P6: largest composite class 24 (the rule: at most 25)");
    }
}
