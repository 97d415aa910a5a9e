package org.classcruncher.plugins.rules.california;

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

class CaliforniaPrimaryAverageTest {

    private final PlanRule rule = new CaliforniaPrimaryAverage();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(CaliforniaPrimaryAverage.class)).isTrue();
    }

    /**
     * K-3 50 each and grade 4 60, classes of 15-33, 11 teachers. Without the rule the spare teacher goes to the
     * largest classes: grade 4 in three of 20, K-3 two each of 25 (K-3 average 25). The rule's K-3 average of 24
     * needs 9 classes for K-3's 200 children (200 / 8 = 25): one grade in three, grade 4 in two of 30.
     */
    @Test
    void holdsTheKThreeAverageToTwentyFour() {
        SchoolRequest school = new SchoolRequest("K-4", 11, 6,
                List.of(new GradeSpec("K", 50, 15, 33, null), new GradeSpec("1", 50, 15, 33, null), new GradeSpec("2", 50, 15, 33, null),
                        new GradeSpec("3", 50, 15, 33, null), new GradeSpec("4", 60, 15, 33, null)), List.of(),
                SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(sizesOf(plain, "4")).containsExactly(20, 20, 20);

        ClassPlan best = plan(school, rule).plans().get(0);
        assertThat(sizesOf(best, "4")).containsExactly(30, 30);
        assertThat(best.rules()).extracting(figure -> figure.text()).contains(
                "Grades K-3: the classes average 22.2 children (the rule: at most 24)");
    }
}
