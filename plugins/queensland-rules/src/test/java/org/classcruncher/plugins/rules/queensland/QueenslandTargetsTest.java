package org.classcruncher.plugins.rules.queensland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.provided;
import static org.classcruncher.planner.rules.RulePlans.sizesOf;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;

class QueenslandTargetsTest {

    private final PlanRule rule = new QueenslandTargets();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(QueenslandTargets.class)).isTrue();
    }

    /**
     * Year 3 54 and Year 4 58 in classes of 15-30, 5 teachers, no composites. Without targets the spare teacher goes
     * to the largest classes: Year 4 in three (19, 19, 20), Year 3 in two of 27. The targets (Year 3 25, Year 4 28)
     * give it to Year 3 instead: Year 3 in three of 18 (none over), Year 4 in two of 29, 2 children over its 28,
     * against 4 over Year 3's 25 the other way. With a sixth teacher no class goes over.
     */
    @Test
    void goesOverATargetOnlyWhenItMustAndSaysWhere() {
        SchoolRequest school = new SchoolRequest("Years 3-4", 5, 6,
                List.of(new GradeSpec("3", 54, 15, 30, null), new GradeSpec("4", 58, 15, 30, null)), List.of(),
                SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(sizesOf(plain, "3")).containsExactly(27, 27);

        ClassPlan best = plan(school, rule).plans().get(0);
        assertThat(sizesOf(best, "3")).containsExactly(18, 18, 18);
        assertThat(sizesOf(best, "4")).containsExactly(29, 29);
        assertThat(best.rules()).extracting(figure -> figure.text()).containsExactly(
                "Grade 3: no class above its target of 25",
                "Grade 4: 2 children above the target of 28 (4 A holds 29, 4 B holds 29), because no plan keeps to it");
        assertThat(best.rules().get(1).atLimit()).isTrue();

        ClassPlan roomy = plan(school.withTeachers(6), rule).plans().get(0);
        assertThat(roomy.rules()).allSatisfy(figure -> assertThat(figure.value()).isZero());
    }
}
