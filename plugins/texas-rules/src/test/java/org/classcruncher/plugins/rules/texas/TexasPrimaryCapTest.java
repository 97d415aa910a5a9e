package org.classcruncher.plugins.rules.texas;

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

class TexasPrimaryCapTest {

    private final PlanRule rule = new TexasPrimaryCap();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(TexasPrimaryCap.class)).isTrue();
    }

    /**
     * K 44 and grade 1 46 in classes of 15-25, 4 teachers: without the rule two classes each, grade 1's of 23. The
     * cap of 22 puts grade 1 in three classes (15, 15, 16), so 5 teachers are needed.
     */
    @Test
    void capsKToFourClassesAtTwentyTwo() {
        SchoolRequest school = new SchoolRequest("K-1", 4, 6,
                List.of(new GradeSpec("K", 44, 15, 25, null), new GradeSpec("1", 46, 15, 25, null)), List.of(),
                SolveOptions.defaults());

        assertThat(sizesOf(plan(school).plans().get(0), "1")).containsExactly(23, 23);

        PlanningOutcome ruled = plan(school, rule);
        assertThat(ruled.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(ruled.diagnosis().teachersNeeded()).isEqualTo(5);

        ClassPlan withFive = plan(school.withTeachers(5), rule).plans().get(0);
        assertThat(sizesOf(withFive, "1")).containsExactly(15, 15, 16);
        assertThat(withFive.rules().get(0).text()).isEqualTo("Grades K-1: largest class 22 (the rule: at most 22)");
    }
}
