package org.classcruncher.planner.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.SeedSchool;
import org.classcruncher.planner.milp.MilpModel;
import org.junit.jupiter.api.Test;

class SeedModelBuilderTest {

    private final SchoolRequest school = SeedSchool.withTeachers(6);
    private final SeedModel model = new SeedModelBuilder().build(school, SeedSchool.potentialClasses(school), ChildWeights.equal());
    private final MilpModel milp = model.milp();

    @Test
    void hasEightSubclassColumnsThenSixClassColumns() {
        assertThat(model.subclasses()).hasSize(8);
        assertThat(model.classUsed()).hasSize(6);
        assertThat(milp.columns()).hasSize(14);
        assertThat(milp.columns().subList(0, 8)).allMatch(column -> column.kind() == MilpModel.Kind.INTEGER);
        assertThat(milp.columns().subList(8, 14)).allMatch(column -> column.kind() == MilpModel.Kind.BINARY);
        assertThat(model.subclasses()).extracting(SeedModel.SubclassColumn::grade)
                .containsExactly("K", "K", "1", "K", "1", "1", "1", "2");
    }

    @Test
    void hasRowsForGradesClassMinimaClassMaximaSubclassesAndTeachers() {
        assertThat(milp.rows("gradeTotal")).hasSize(3);
        assertThat(milp.rows("minClassSize")).hasSize(6);
        assertThat(milp.rows("maxClassSize")).hasSize(6);
        assertThat(milp.rows("minSubclassSize")).hasSize(8);
        assertThat(milp.rows("teacherLimit")).hasSize(1);
        assertThat(milp.rows()).hasSize(3 + 6 + 6 + 8 + 1);
    }

    @Test
    void gradeTotalRowsAreTheSeedsGradeMatrix() {
        assertThat(subclassRow("gradeTotal[K]")).containsExactly(1, 1, 0, 1, 0, 0, 0, 0);
        assertThat(subclassRow("gradeTotal[1]")).containsExactly(0, 0, 1, 0, 1, 1, 1, 0);
        assertThat(subclassRow("gradeTotal[2]")).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(milp.rows("gradeTotal")).extracting(MilpModel.Row::lower, MilpModel.Row::upper)
                .containsExactly(tuple(32.0, 32.0),
                        tuple(57.0, 57.0),
                        tuple(21.0, 21.0));
    }

    @Test
    void classRowsAreTheSeedsClassMatrixWithMinusTheLimitOnTheClassBinary() {
        int[][] classMatrix = {
                {1, 0, 0, 0, 0, 0, 0, 0},
                {0, 1, 1, 0, 0, 0, 0, 0},
                {0, 0, 0, 1, 1, 0, 0, 0},
                {0, 0, 0, 0, 0, 1, 0, 0},
                {0, 0, 0, 0, 0, 0, 1, 0},
                {0, 0, 0, 0, 0, 0, 0, 1}};
        for (int j = 0; j < 6; j++) {
            MilpModel.Row min = row("minClassSize[" + (j + 1) + "]");
            MilpModel.Row max = row("maxClassSize[" + (j + 1) + "]");
            assertThat(subclassRow(min.name())).containsExactly(classMatrix[j]);
            assertThat(subclassRow(max.name())).containsExactly(classMatrix[j]);
            assertThat(classRow(min.name())).containsExactly(diagonal(j, -10));
            assertThat(classRow(max.name())).containsExactly(diagonal(j, -25));
            assertThat(min.lower()).isEqualTo(0.0);
            assertThat(min.upper()).isNull();
            assertThat(max.upper()).isEqualTo(0.0);
            assertThat(max.lower()).isNull();
        }
    }

    @Test
    void minSubclassRowsAreBigMRulesOnTheirClassBinary() {
        // subclass i belongs to class j(i): the transpose C' of the class matrix
        int[] classOfSubclass = {0, 1, 1, 2, 2, 3, 4, 5};
        List<MilpModel.Row> rows = milp.rows("minSubclassSize");
        for (int i = 0; i < 8; i++) {
            MilpModel.Row row = rows.get(i);
            assertThat(subclassRow(row.name())).containsExactly(diagonal8(i));
            assertThat(classRow(row.name())).containsExactly(diagonal(classOfSubclass[i], -SeedModelBuilder.BIG_M));
            assertThat(row.lower()).isEqualTo(5 - SeedModelBuilder.BIG_M);
        }
    }

    @Test
    void teacherLimitCountsEveryClassOnce() {
        MilpModel.Row teachers = row("teacherLimit");
        assertThat(subclassRow("teacherLimit")).containsOnly(0);
        assertThat(classRow("teacherLimit")).containsExactly(1, 1, 1, 1, 1, 1);
        assertThat(teachers.upper()).isEqualTo(6.0);
    }

    @Test
    void seedObjectiveMinimisesTheSumOfChildren() {
        for (int j = 0; j < 14; j++) {
            assertThat(milp.objective().getOrDefault(j, 0.0)).isEqualTo(j < 8 ? 1.0 : 0.0);
        }
    }

    private MilpModel.Row row(String name) {
        return milp.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private int[] subclassRow(String name) {
        MilpModel.Row row = row(name);
        return IntStream.range(0, 8).map(i -> (int) row.coefficient(model.subclasses().get(i).column())).toArray();
    }

    private double[] classRow(String name) {
        MilpModel.Row row = row(name);
        return Arrays.stream(model.classUsed()).mapToDouble(row::coefficient).toArray();
    }

    private static double[] diagonal(int j, double value) {
        double[] row = new double[6];
        row[j] = value;
        return row;
    }

    private static int[] diagonal8(int i) {
        int[] row = new int[8];
        row[i] = 1;
        return row;
    }
}
