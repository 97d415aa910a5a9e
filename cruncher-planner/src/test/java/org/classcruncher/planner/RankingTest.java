package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final Ranking standard = new Ranking(Objective.standard(false), ChildWeights.equal(), List.of());

    @Test
    void namesTheTiedLevelsBeforeTheOneThatDecides() {
        ClassPlan even = plan(1, 20, 20, 22);
        ClassPlan uneven = plan(2, 18, 22, 22);

        assertThat(standard.comparator().compare(even, uneven)).isNegative();
        assertThat(standard.explained(List.of(even, uneven))).extracting(ClassPlan::rankReason).containsExactly(
                "Largest class 22. Ranked above plan 2: same composites (0), classes (3) and largest class (22); "
                        + "evener class sizes, by the sum of squared sizes (1284 against 1292).",
                "Largest class 22; plan 1: 22. Ranked below plan 1: same composites (0), classes (3) and largest "
                        + "class (22); less even class sizes, by the sum of squared sizes (1292 against 1284).");
    }

    @Test
    void ranksByTheLevelsInTheObjectivesOrder() {
        Objective spreadsFirst = new Objective(List.of(ObjectiveLevel.OVERALL_SPREAD, ObjectiveLevel.GRADE_SPREAD,
                ObjectiveLevel.COMPOSITES, ObjectiveLevel.CLASSES));
        ClassPlan twoEvenClasses = ClassPlan.of(1, List.of(straight("K", 21), straight("1", 21)), true, null);
        ClassPlan threeUnevenClasses = plan(2, 14, 14, 20);

        assertThat(standard.comparator().compare(threeUnevenClasses, twoEvenClasses)).isNegative();
        assertThat(new Ranking(spreadsFirst, ChildWeights.equal(), List.of()).comparator()
                .compare(twoEvenClasses, threeUnevenClasses)).isNegative();
    }

    @Test
    void keepsItsReasonThroughJsonAndReadsAPlanStoredWithoutOne() throws Exception {
        ClassPlan plan = plan(1, 20, 20, 22).withRankReason("The only plan found.");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(plan);

            assertThat(json).contains("\"rankReason\":\"The only plan found.\"");
            assertThat(jsonb.fromJson(json, ClassPlan.class)).isEqualTo(plan);
            assertThat(jsonb.fromJson(json.replace(",\"rankReason\":\"The only plan found.\"", ""), ClassPlan.class)
                    .rankReason()).isNull();
        }
    }

    /** K in two classes, grade 1 in one, straight. */
    private static ClassPlan plan(int rank, int firstK, int secondK, int first) {
        return ClassPlan.of(rank, List.of(straight("K", firstK), straight("K", secondK), straight("1", first)), true,
                null);
    }

    private static PlannedClass straight(String grade, int children) {
        return PlannedClass.of(grade, List.of(new Subclass(grade, children)));
    }
}
