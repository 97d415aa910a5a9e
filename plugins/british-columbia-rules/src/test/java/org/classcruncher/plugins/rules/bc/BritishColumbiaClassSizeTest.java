package org.classcruncher.plugins.rules.bc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classcruncher.planner.rules.RulePlans.plan;
import static org.classcruncher.planner.rules.RulePlans.provided;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.spi.PlanRule;
import org.junit.jupiter.api.Test;

class BritishColumbiaClassSizeTest {

    private final PlanRule rule = new BritishColumbiaClassSize();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(BritishColumbiaClassSize.class)).isTrue();
    }

    /**
     * K 40, 1 44, 2 48 (9 with a support plan), 3 46 in classes of 15-24 (K 15-22), grade 4 58 in classes of 15-30,
     * 11 teachers: two classes each take 10, and the eleventh goes, on its own, to the largest classes, grade 4's
     * 29s; grade 2's 9 supported children then sit 5 and 4 in its two classes of 24. Under British Columbia's rule a
     * class holds at most 3, so the eleventh teacher goes to grade 2: three classes of 16 with 3 each; grade 4 keeps
     * two of 29, within its 30.
     */
    @Test
    void holdsAtMostThreeSupportedChildrenInAClass() {
        SchoolRequest school = new SchoolRequest("K-4 in BC", 11, 6,
                List.of(new GradeSpec("K", 40, 15, 22, null), new GradeSpec("1", 44, 15, 24, null),
                        new GradeSpec("2", 48, 15, 24, 9), new GradeSpec("3", 46, 15, 24, null),
                        new GradeSpec("4", 58, 15, 30, null)), List.of(), SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(supportedIn(plain, "2")).containsExactly(4, 5);

        ClassPlan best = plan(school, rule).plans().get(0);
        assertThat(supportedIn(best, "2")).containsExactly(3, 3, 3);
        assertThat(best.classes()).allSatisfy(c -> assertThat(c.supported()).isLessThanOrEqualTo(3));
        assertThat(best.classes()).filteredOn(c -> c.has("4")).extracting(PlannedClass::total).containsExactly(29, 29);
        assertThat(best.rules()).extracting(figure -> figure.text()).contains(
                "Grades K-4: 9 children with a support plan, at most 3 in a class (the rule: at most 3)");
    }

    private static List<Integer> supportedIn(ClassPlan plan, String grade) {
        return plan.classes().stream().filter(c -> c.has(grade)).map(PlannedClass::supported).sorted().toList();
    }
}
