package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

class StructurePlanReaderTest {

    @Test
    void dealsEachGradeEvenlyAndKeepsTheClassesWithinOneOfEachOther() {
        List<List<Subclass>> classes = StructurePlanReader.deal(List.of("K", "1"), new int[] {33, 12}, 2);

        assertThat(classes).extracting(StructurePlanReaderTest::total).containsExactlyInAnyOrder(22, 23);
        assertThat(classes).extracting(subclasses -> subclasses.get(0).children()).containsExactlyInAnyOrder(17, 16);
        assertThat(classes).extracting(subclasses -> subclasses.get(1).children()).containsExactly(6, 6);
    }

    @Test
    void dealsThreeGradesIntoThreeClasses() {
        List<List<Subclass>> classes = StructurePlanReader.deal(List.of("4", "5", "6"), new int[] {7, 20, 18}, 3);

        assertThat(classes).allSatisfy(subclasses -> {
            assertThat(total(subclasses)).isEqualTo(15);
            assertThat(subclasses.get(0).children()).isBetween(2, 3);
            assertThat(subclasses.get(1).children()).isBetween(6, 7);
            assertThat(subclasses.get(2).children()).isEqualTo(6);
        });
    }

    @Test
    void givesAStraightGradeItsChildrenInEqualShares() {
        assertThat(StructurePlanReader.deal(List.of("2"), new int[] {57}, 3)).extracting(StructurePlanReaderTest::total)
                .containsExactly(19, 19, 19);
    }

    private static int total(List<Subclass> subclasses) {
        return subclasses.stream().mapToInt(Subclass::children).sum();
    }
}
