package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.Subclass;
import org.classcruncher.web.portal.PlanComparison.Cell;
import org.classcruncher.web.portal.PlanComparison.FigureRow;
import org.classcruncher.web.portal.PlanComparison.GradeRow;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {

    private static final List<String> K_TO_2 = List.of("K", "1", "2");

    /** 62 children in K, 57 in grade 1, 48 in grade 2, all straight classes. */
    private static final ClassPlan STRAIGHT = plan(1,
            straight("K A", "K", 20), straight("K B", "K", 21), straight("K C", "K", 21),
            straight("1 A", "1", 19), straight("1 B", "1", 19), straight("1 C", "1", 19),
            straight("2 A", "2", 24), straight("2 B", "2", 24));

    /** The same school with one K/1 class. */
    private static final ClassPlan ONE_COMPOSITE = plan(2,
            straight("K A", "K", 25), straight("K B", "K", 25),
            straight("1 A", "1", 24), straight("1 B", "1", 24),
            straight("2 A", "2", 24), straight("2 B", "2", 24),
            composite("K/1 A", 12, 9));

    /** The same school with two K/1 classes alike. */
    private static final ClassPlan TWO_COMPOSITES = plan(3,
            straight("K A", "K", 19), straight("K B", "K", 19),
            straight("1 A", "1", 20), straight("1 B", "1", 19),
            straight("2 A", "2", 24), straight("2 B", "2", 24),
            composite("K/1 A", 12, 9), composite("K/1 B", 12, 9));

    private final PlanComparison comparison =
            PlanComparison.of(K_TO_2, List.of(STRAIGHT, ONE_COMPOSITE, TWO_COMPOSITES));

    @Test
    void hasOneColumnPerPlanInTheirOrder() {
        assertThat(comparison.ranks()).containsExactly(1, 2, 3);
    }

    @Test
    void writesEachGradeOfEachPlanAndFlagsWhatIsNotTheFirstPlans() {
        assertThat(comparison.rows()).extracting(GradeRow::grade).containsExactly("K", "1", "2");
        assertThat(cells("K")).containsExactly(
                new Cell("3 × 20–21", false),
                new Cell("2 × 25, K/1: 12+9", true),
                new Cell("2 × 19, 2 × K/1: 12+9", true));
        assertThat(cells("1")).containsExactly(
                new Cell("3 × 19", false),
                new Cell("2 × 24, K/1: 12+9", true),
                new Cell("2 × 19–20, 2 × K/1: 12+9", true));
        assertThat(cells("2")).containsExactly(
                new Cell("2 × 24", false),
                new Cell("2 × 24", false),
                new Cell("2 × 24", false));
    }

    @Test
    void comparesTheFiguresOfThePlans() {
        assertThat(comparison.figures()).containsExactly(
                new FigureRow("Largest class", List.of("24", "25", "24"), List.of(false, true, false)),
                new FigureRow("Classes", List.of("8", "7", "8"), List.of(false, true, false)),
                new FigureRow("Composite classes", List.of("0", "1", "2"), List.of(false, true, true)),
                new FigureRow("Smallest class", List.of("19", "21", "19"), List.of(false, true, false)),
                // 167 children in 8 classes (20.875), then in 7 (23.857…)
                new FigureRow("Average class", List.of("20.9", "23.9", "20.9"), List.of(false, true, false)),
                // Straight classes only: plan 2's K/1 (21) beside its K classes (25) is no imbalance within K.
                new FigureRow("Largest spread within a grade", List.of("1", "0", "1"),
                        List.of(false, true, false)));
    }

    @Test
    void writesAGradeWithoutClassesAsADashAndCompositesThatDifferOneByOne() {
        ClassPlan plan = plan(1,
                straight("1 A", "1", 24),
                composite("K/1 A", 12, 9), composite("K/1 B", 11, 10), composite("K/1 C", 12, 9));

        PlanComparison single = PlanComparison.of(K_TO_2, List.of(plan));

        assertThat(single.rows()).extracting(row -> row.cells().get(0)).containsExactly(
                new Cell("2 × K/1: 12+9, K/1: 11+10", false),
                new Cell("1 × 24, 2 × K/1: 12+9, K/1: 11+10", false),
                new Cell("–", false));
        assertThat(single.figures()).filteredOn(row -> row.label().equals("Largest spread within a grade"))
                .extracting(FigureRow::values).containsExactly(List.of("0"));
    }

    @Test
    void roundsTheAverageClassToOneDecimal() {
        // 117 children in 5 classes
        ClassPlan plan = plan(1, straight("K A", "K", 23), straight("K B", "K", 23), straight("1 A", "1", 23),
                straight("1 B", "1", 24), straight("2 A", "2", 24));

        assertThat(PlanComparison.of(K_TO_2, List.of(plan)).figures())
                .filteredOn(row -> row.label().equals("Average class"))
                .extracting(FigureRow::values).containsExactly(List.of("23.4"));
    }

    private List<Cell> cells(String grade) {
        return comparison.rows().stream().filter(row -> row.grade().equals(grade)).findFirst().orElseThrow().cells();
    }

    private static ClassPlan plan(int rank, PlannedClass... classes) {
        return ClassPlan.of(rank, List.of(classes), true, null);
    }

    private static PlannedClass straight(String label, String grade, int children) {
        return PlannedClass.of(label, List.of(new Subclass(grade, children)));
    }

    private static PlannedClass composite(String label, int kindergarten, int first) {
        return PlannedClass.of(label, List.of(new Subclass("K", kindergarten), new Subclass("1", first)));
    }
}
