package org.classcruncher.plugins.rules.queensland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.planSized;
import static org.classcruncher.planner.rules.RulePlans.providedSizePolicy;
import static org.classcruncher.planner.rules.RulePlans.sizesOf;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.PlanningOutcome;
import org.junit.jupiter.api.Test;

class QueenslandClassSizesTest {

    private final QueenslandClassSizes policy = new QueenslandClassSizes();

    /** Year 3 56 and Year 4 58 in classes of 15-30, no composites. */
    private final SchoolRequest school = new SchoolRequest("Years 3-4", 5, 6,
            List.of(new GradeSpec("3", 56, 15, 30, null), new GradeSpec("4", 58, 15, 30, null)), List.of(),
            SolveOptions.defaults());

    @Test
    void isFoundByServiceLoader() {
        assertThat(providedSizePolicy(QueenslandClassSizes.class)).isTrue();
    }

    @Test
    void capsAClassTwoAboveItsTargetNeverAboveTheSchoolsCap() {
        SchoolRequest withComposite = new SchoolRequest("S", 5, 6,
                List.of(new GradeSpec("3", 56, 15, 30, null), new GradeSpec("4", 58, 15, 30, null),
                        new GradeSpec("Kindy", 20, 10, 22, null)),
                List.of(CompositeSpec.of("3", "4")), SolveOptions.defaults());

        assertThat(policy.limits(List.of("3"), withComposite)).isEqualTo(new ClassSizeLimits(15, 27));
        assertThat(policy.limits(List.of("4"), withComposite)).isEqualTo(new ClassSizeLimits(15, 30));
        assertThat(policy.limits(List.of("3", "4"), withComposite)).isEqualTo(new ClassSizeLimits(15, 27));
        assertThat(policy.limits(List.of("Kindy"), withComposite)).isEqualTo(new ClassSizeLimits(10, 22));
        assertThat(policy.target("3", withComposite)).isEqualTo(25);
        assertThat(policy.target("4", withComposite)).isEqualTo(28);
        assertThat(policy.target("Kindy", withComposite)).isNull();
    }

    /**
     * With 5 teachers the plain plan keeps the largest class smallest: Year 3 in two of 28, Year 4 in three of 19-20.
     * Under the policy Year 3 may not hold 28 (its cap is 27) and 26 or 27 would be over its target of 25; Year 4 in
     * two classes of 29 is 1 over its 28 each, 2 children in all, the fewest any plan with 5 classes can have.
     */
    @Test
    void goesOverATargetOnlyWhenItMustAndSaysWhere() {
        ClassPlan plain = plan(school).plans().get(0);
        assertThat(sizesOf(plain, "3")).containsExactly(28, 28);

        ClassPlan best = planSized(school, policy).plans().get(0);
        assertThat(sizesOf(best, "3")).containsExactly(18, 19, 19);
        assertThat(sizesOf(best, "4")).containsExactly(29, 29);
        assertThat(best.rules()).extracting(figure -> figure.rule() + ": " + figure.text()).containsExactly(
                "queensland-sizes@1.0: Grade 3: no class above its target of 25",
                "queensland-sizes@1.0: Grade 4: 2 children above the target of 28 (4 A holds 29, 4 B holds 29), "
                        + "because no plan keeps to it");
    }

    /**
     * With 4 teachers Year 3 would need two classes of 28, three over its target: beyond "one or two over", so no
     * plan, where the soft targets alone (the plan rule) accept it.
     */
    @Test
    void neverGoesMoreThanTwoOver() {
        PlanningOutcome sized = planSized(school.withTeachers(4), policy);
        assertThat(sized.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(sized.diagnosis().teachersNeeded()).isEqualTo(5);

        ClassPlan soft = plan(school.withTeachers(4), new QueenslandTargets()).plans().get(0);
        assertThat(sizesOf(soft, "3")).containsExactly(28, 28);
    }
}
