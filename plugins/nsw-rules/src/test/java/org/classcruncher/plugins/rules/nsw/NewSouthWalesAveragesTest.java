package org.classcruncher.plugins.rules.nsw;

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

class NewSouthWalesAveragesTest {

    private final PlanRule rule = new NewSouthWalesAverages();

    @Test
    void isFoundByServiceLoader() {
        assertThat(provided(NewSouthWalesAverages.class)).isTrue();
    }

    /**
     * K 44, Year 1 46, Year 2 48 in classes of 12-30, 8 teachers. Without the rule the two spare teachers relieve the
     * largest classes: K in two of 22, Years 1 and 2 in three each. The averages (K 20, Year 1 22, Year 2 24) need K
     * and Year 1 in three each (22 and 23 in two), leaving Year 2 two classes of 24, at its average.
     */
    @Test
    void keepsEachYearWithinItsAverage() {
        SchoolRequest school = new SchoolRequest("K-2", 8, 6,
                List.of(new GradeSpec("K", 44, 12, 30, null), new GradeSpec("1", 46, 12, 30, null), new GradeSpec("2", 48, 12, 30, null)),
                List.of(), SolveOptions.defaults());

        ClassPlan plain = plan(school).plans().get(0);
        assertThat(sizesOf(plain, "K")).containsExactly(22, 22);

        ClassPlan best = plan(school, rule).plans().get(0);
        assertThat(sizesOf(best, "K")).containsExactly(14, 15, 15);
        assertThat(sizesOf(best, "1")).containsExactly(15, 15, 16);
        assertThat(sizesOf(best, "2")).containsExactly(24, 24);
        assertThat(best.rules()).extracting(figure -> figure.text()).containsExactly(
                "Grade K: the classes average 14.7 children (the rule: at most 20)",
                "Grade 1: the classes average 15.3 children (the rule: at most 22)",
                "Grade 2: the classes average 24 children (the rule: at most 24)");
        assertThat(best.rules().get(2).atLimit()).isTrue();
    }
}
