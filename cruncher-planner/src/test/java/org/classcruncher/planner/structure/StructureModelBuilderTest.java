package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.SeedSchool;
import org.classcruncher.planner.milp.MilpModel;
import org.junit.jupiter.api.Test;

class StructureModelBuilderTest {

    private final SchoolRequest school = SeedSchool.withTeachers(6);
    private final StructureModel model = new StructureModelBuilder(false)
            .build(school, ChildWeights.equal(), false, true, List.of());
    private final MilpModel milp = model.milp();

    @Test
    void hasOneTypePerGradeAndPerAllowedComposite() {
        assertThat(model.types()).extracting(ClassType::name).containsExactly("K", "1", "2", "K/1");
    }

    @Test
    void offersEachTypeZeroUpToTheMostClassesItsChildrenCouldFill() {
        // K: 32 children, classes of at least 10: at most 3; grade 1: 57 -> 5; grade 2: 21 -> 2;
        // K/1: at least 5 of each grade and 10 children a class -> min(6 teachers, 89 / 10, 32 / 5, 57 / 5) = 6
        assertThat(model.runs()).extracting(List::size).containsExactly(4, 6, 3, 7);
        assertThat(milp.rows("oneRunCount")).hasSize(4).allSatisfy(row -> assertThat(row.lower()).isEqualTo(1.0));
    }

    @Test
    void placesEveryChildOfAGradeInTheTypesHoldingIt() {
        MilpModel.Row kindergarten = row("gradeTotal[K]");
        assertThat(kindergarten.coefficients()).containsOnlyKeys(model.children().get(0).get("K"),
                model.children().get(3).get("K"));
        assertThat(kindergarten.lower()).isEqualTo(32.0);
        assertThat(kindergarten.upper()).isEqualTo(32.0);
    }

    @Test
    void keepsEveryClassOfARunWithinTheTypesLimits() {
        StructureModel.Run twoK1 = model.runs().get(3).get(2);
        MilpModel.Row min = row("minClassSize[K/1,2]");
        MilpModel.Row max = row("maxClassSize[K/1,2]");
        assertThat(min.coefficient(twoK1.column())).isEqualTo(-2 * 10.0);
        assertThat(max.coefficient(twoK1.column())).isEqualTo(-2 * 25.0);
    }

    @Test
    void keepsEachCompositeGroupAtLeastTheMinSubclassSizePerClass() {
        MilpModel.Row firstGraders = row("minSubclassSize[K/1,1]");
        assertThat(firstGraders.coefficient(model.children().get(3).get("1"))).isEqualTo(1.0);
        for (StructureModel.Run run : model.runs().get(3)) {
            assertThat(firstGraders.coefficient(run.column())).isEqualTo(-5.0 * run.classes());
        }
        assertThat(milp.rows("minSubclassSize")).hasSize(2);
    }

    @Test
    void countsTheClassesAgainstTheTeachers() {
        MilpModel.Row teachers = row("teacherLimit");
        assertThat(teachers.upper()).isEqualTo(6.0);
        assertThat(teachers.coefficient(model.runs().get(1).get(3).column())).isEqualTo(3.0);
    }

    @Test
    void ordersTheObjectiveCompositesThenClassesThenTheBalanceLevels() {
        assertThat(model.levels()).extracting(StructureModel.Level::name)
                .containsExactly("composites", "classes", "largestClass", "evenness", "gradeSpread");
        assertThat(new StructureModelBuilder(false).build(school, ChildWeights.equal(), true, true, List.of()).levels())
                .extracting(StructureModel.Level::name).endsWith("weighting");
        assertThat(new StructureModelBuilder(false).build(school, ChildWeights.equal(), false, false, List.of()).levels())
                .extracting(StructureModel.Level::name).containsExactly("composites", "classes");
    }

    @Test
    void ordersTheLevelsAsTheObjectiveDoesAndLeavesOutTheSpreadsWithoutBands() {
        Objective balanceFirst = new Objective(List.of(ObjectiveLevel.GRADE_SPREAD, ObjectiveLevel.OVERALL_SPREAD,
                ObjectiveLevel.COMPOSITES, ObjectiveLevel.WEIGHTING, ObjectiveLevel.CLASSES));
        StructureModelBuilder builder = new StructureModelBuilder(false);

        StructureModel full = builder.build(school, ChildWeights.equal(), balanceFirst, true, List.of());
        StructureModel small = builder.build(school, ChildWeights.equal(), balanceFirst, false, List.of());

        assertThat(full.levels()).extracting(StructureModel.Level::name)
                .containsExactly("gradeSpread", "overallSpread", "composites", "weighting", "classes");
        assertThat(full.levels()).extracting(StructureModel.Level::integral)
                .containsExactly(true, true, true, false, true);
        assertThat(small.levels()).extracting(StructureModel.Level::name)
                .containsExactly("composites", "weighting", "classes");
        StructureModel.Band all = full.bands().get(full.bands().size() - 1);
        assertThat(full.level(ObjectiveLevel.OVERALL_SPREAD).coefficients())
                .isEqualTo(Map.of(all.hi(), 1.0, all.lo(), -1.0));
        assertThat(model.level(ObjectiveLevel.LARGEST_CLASS).coefficients()).containsOnlyKeys(
                model.bands().get(model.bands().size() - 1).hi());
        assertThat(full.milp().rows("evenness")).as("only an objective with the evenness level has its rows").isEmpty();
        assertThat(milp.rows("evenness")).isNotEmpty();
    }

    @Test
    void boundsTheSquaresOfEachTypeByTangentRowsExactAtEveryWholeSize() {
        // Grade 2 (type 2): classes of 10 to 25; q = 10 .. 24, one row each, summed over the run counts k:
        // squares >= 25·S(2,k) - k·156·runs(2,k) for q = 12.
        assertThat(milp.rows().stream().filter(row -> row.name().startsWith("evenness[2,"))).hasSize(15);
        MilpModel.Row atTwelve = row("evenness[2,12]");
        StructureModel.Run twoClasses = model.runs().get(2).get(2);
        assertThat(atTwelve.coefficient(twoClasses.column())).isEqualTo(2.0 * 12 * 13);
        assertThat(atTwelve.coefficients().values()).filteredOn(c -> c < 0).containsOnly(-25.0);
        assertThat(atTwelve.lower()).isEqualTo(0.0);
        // 25 children in two classes, 12 + 13: that row is exact there.
        assertThat(25 * 25 - 2 * 12 * 13).isEqualTo(12 * 12 + 13 * 13);
    }


    @Test
    void boundsEveryRunOfAGradeByItsBandWithTheNaturalBoundNotABigM() {
        StructureModel.Run threeFirst = model.runs().get(1).get(3);
        MilpModel.Row floor = row("bandFloor[grade 1,1,3]");
        assertThat(floor.coefficient(threeFirst.column())).isEqualTo(-3 * 25.0);
        assertThat(floor.lower()).isEqualTo(-3 * 25.0);
        assertThat(milp.rows().stream().filter(row -> row.name().startsWith("band")))
                .allSatisfy(row -> assertThat(row.coefficients().values()).allMatch(c -> Math.abs(c) <= 6 * 25));
    }

    @Test
    void fixesTheBandOfAGradeInNoCompositeByItsNumberOfClasses() {
        // Grade 2: 21 children in 1 class of 21, or 2 classes of 10 and 11.
        MilpModel.Row floor = row("straightFloor[grade 2]");
        MilpModel.Row ceiling = row("straightCeiling[grade 2]");
        assertThat(floor.coefficient(model.runs().get(2).get(1).column())).isEqualTo(21.0);
        assertThat(floor.coefficient(model.runs().get(2).get(2).column())).isEqualTo(10.0);
        assertThat(ceiling.coefficient(model.runs().get(2).get(2).column())).isEqualTo(11.0);
        assertThat(milp.rows().stream().filter(row -> row.name().startsWith("bandFloor[grade 2"))).isEmpty();
    }

    @Test
    void boundsAllClassesByTheHullOfTheGradeBands() {
        assertThat(milp.rows("hullFloor")).hasSize(3);
        assertThat(milp.rows("hullCeiling")).hasSize(3);
        assertThat(model.bands()).extracting(StructureModel.Band::of)
                .containsExactly("grade K", "grade 1", "grade 2", "all classes");
    }

    @Test
    void cutsOffAStructureFoundBefore() {
        StructureModel cut = new StructureModelBuilder(false).build(school, ChildWeights.equal(), false, true,
                List.of(List.of(2, 3, 1, 0)));
        MilpModel.Row excluded = cut.milp().rows("excluded").get(0);
        assertThat(excluded.coefficients()).containsOnlyKeys(cut.runs().get(0).get(2).column(),
                cut.runs().get(1).get(3).column(), cut.runs().get(2).get(1).column(), cut.runs().get(3).get(0).column());
        assertThat(excluded.upper()).isEqualTo(3.0);
    }

    private MilpModel.Row row(String name) {
        return milp.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }
}
