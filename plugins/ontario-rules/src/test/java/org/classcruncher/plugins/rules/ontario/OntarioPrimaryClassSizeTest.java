package org.classcruncher.plugins.rules.ontario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.provided;
import static org.classcruncher.planner.rules.RulePlans.sizesOf;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;

class OntarioPrimaryClassSizeTest {

    private final PlanRule rule = new OntarioPrimaryClassSize();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(OntarioPrimaryClassSize.class)).isTrue();
    }

    /**
     * JK 41, SK 39 in classes of 15-25, JK/SK allowed (groups of 6 or more), 4 teachers. Without the rule: no
     * composite, JK 20 and 21, SK 19 and 20, one class of 4 above 20. The rule allows none above 20 (10 % of 4 is
     * 0.4), so all 80 children sit in classes of exactly 20; one composite cannot do it (it holds at most 14 JK beside
     * 6 SK, and JK's 41 need it with one straight class: 20 + 14 < 41; with two straight JK classes SK's 39 leave
     * the composite at most 1 JK), two can: JK 20, SK 20 and two JK/SK of 20.
     */
    @Test
    void keepsNineInTenPrimaryClassesAtTwentyOrFewer() {
        SchoolRequest school = new SchoolRequest("Ontario primary", 4, 6,
                List.of(new GradeSpec("JK", 41, 15, 25, null), new GradeSpec("SK", 39, 15, 25, null)),
                List.of(new CompositeSpec(List.of("JK", "SK"), null, null)), SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(plain.summary().composites()).isZero();
        assertThat(sizesOf(plain, "JK")).containsExactly(20, 21);

        PlanningOutcome ruled = plan(school, rule);
        assertThat(ruled.status()).isEqualTo(SolveStatus.SOLVED);
        ClassPlan best = ruled.plans().get(0);
        assertThat(best.summary().composites()).isEqualTo(2);
        assertThat(best.classes()).extracting(PlannedClass::total).containsOnly(20);
        assertThat(best.rules()).extracting(figure -> figure.text()).containsExactly(
                "Grades JK-SK: 100 % of 4 classes hold 20 or fewer (the rule: at least 90 %)",
                "Grades JK-SK: largest class 20 (the rule: at most 23)");
        assertThat(ruled.plugins()).contains("ontario-primary@1");
    }

    /** The 3/4 combined class is held to 23 with the primary classes. */
    @Test
    void capsACombinedThreeFourClassAtTwentyThree() {
        SchoolRequest school = new SchoolRequest("3-4", 2, 6,
                List.of(new GradeSpec("3", 12, 10, 30, null), new GradeSpec("4", 36, 10, 30, null)),
                List.of(new CompositeSpec(List.of("3", "4"), null, null)), SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(plain.classes()).extracting(PlannedClass::total).containsExactlyInAnyOrder(24, 24);

        ClassPlan ruled = plan(school, rule).plans().get(0);
        PlannedClass composite = ruled.classes().stream().filter(PlannedClass::composite).findFirst().orElseThrow();
        assertThat(composite.total()).isLessThanOrEqualTo(23);
    }
}
