package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

class HumaniserTest {

    private static final List<String> GRADES = List.of("K", "1", "2");

    /** The seed's grades K, 1, 2 with K/1 and 1/2 composites and a minimum subclass of 5. */
    private final SchoolRequest school = new SchoolRequest("Humanise example", 6, 5,
            List.of(new GradeSpec("K", 55, 8, 30, null), new GradeSpec("1", 35, 8, 30, null), new GradeSpec("2", 35, 8, 30, null)),
            List.of(CompositeSpec.of("K", "1"), CompositeSpec.of("1", "2")), null);

    @Test
    void evensOutTheSeedsExampleKeepingEveryGradeTotalAndTheMinSubclassSize() {
        ClassPlan raw = plan(new int[][] {{10, 0, 0}, {20, 0, 0}, {0, 25, 0}, {0, 0, 10}, {25, 5, 0}, {0, 5, 25}});
        assertThat(raw.summary().spread()).isEqualTo(20);

        ClassPlan humanised = new Humaniser().balance(raw, school);

        assertThat(PlanRules.violations(humanised, school)).isEmpty();
        for (String grade : GRADES) {
            assertThat(total(humanised, grade)).as("grade %s", grade).isEqualTo(total(raw, grade));
        }
        for (PlannedClass plannedClass : humanised.classes()) {
            if (plannedClass.composite()) {
                assertThat(plannedClass.subclasses()).allMatch(subclass -> subclass.children() >= 5);
            }
        }
        assertThat(humanised.summary().largestClass() - humanised.summary().smallestClass()).isLessThanOrEqualTo(2);
        assertThat(humanised.classes()).extracting(PlannedClass::label)
                .containsExactlyElementsOf(raw.classes().stream().map(PlannedClass::label).toList());
    }

    @Test
    void neverTakesACompositeGroupBelowTheMinSubclassSize() {
        ClassPlan raw = plan(new int[][] {{10, 0, 0}, {20, 0, 0}, {0, 25, 0}, {0, 0, 10}, {25, 5, 0}, {0, 5, 25}});

        ClassPlan humanised = new Humaniser().balance(raw, school);

        PlannedClass k1 = humanised.classes().get(4);
        assertThat(k1.childrenOf("1")).isGreaterThanOrEqualTo(5);
        assertThat(humanised.classes().get(5).childrenOf("1")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void leavesAnAlreadyEvenPlanAlone() {
        ClassPlan even = plan(new int[][] {{21, 0, 0}, {21, 0, 0}, {0, 21, 0}, {0, 0, 21}, {13, 8, 0}, {0, 6, 14}});

        assertThat(new Humaniser().balance(even, school).classes()).isEqualTo(even.classes());
    }

    private static ClassPlan plan(int[][] matrix) {
        List<PlannedClass> classes = new ArrayList<>();
        for (int c = 0; c < matrix.length; c++) {
            List<Subclass> subclasses = new ArrayList<>();
            for (int g = 0; g < GRADES.size(); g++) {
                if (matrix[c][g] > 0) {
                    subclasses.add(new Subclass(GRADES.get(g), matrix[c][g]));
                }
            }
            classes.add(PlannedClass.of("class " + (c + 1), subclasses));
        }
        return ClassPlan.of(1, classes, true, null);
    }

    private static int total(ClassPlan plan, String grade) {
        return plan.classes().stream().mapToInt(plannedClass -> plannedClass.childrenOf(grade)).sum();
    }
}
