package org.classcruncher.plugins.rules.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.provided;
import static org.classcruncher.planner.rules.RulePlans.sizesOf;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;

class EnglandInfantClassesTest {

    private final PlanRule rule = new EnglandInfantClasses();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(EnglandInfantClasses.class)).isTrue();
    }

    /**
     * Reception 62, Years 1 58 and 2 60 in classes of 15-32, 6 teachers: without the rule Reception has two classes
     * of 31. Under the infant limit of 30 Reception needs three, so 7 classes: no plan with 6 teachers, and the fix
     * is a seventh.
     */
    @Test
    void holdsInfantClassesToThirty() {
        SchoolRequest school = new SchoolRequest("Infants", 6, 6,
                List.of(new GradeSpec("R", 62, 15, 32, null), new GradeSpec("1", 58, 15, 32, null), new GradeSpec("2", 60, 15, 32, null)),
                List.of(), SolveOptions.defaults());

        assertThat(sizesOf(plan(school).plans().get(0), "R")).containsExactly(31, 31);

        PlanningOutcome ruled = plan(school, rule);
        assertThat(ruled.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(ruled.diagnosis().teachersNeeded()).isEqualTo(7);
        assertThat(ruled.diagnosis().fixes()).containsExactly(
                "With 7 teachers instead of 6, a plan keeps every rule (england-infant@1).");

        ClassPlan withSeven = plan(school.withTeachers(7), rule).plans().get(0);
        assertThat(withSeven.summary().largestClass()).isLessThanOrEqualTo(30);
        assertThat(sizesOf(withSeven, "R")).containsExactly(20, 21, 21);
    }
}
