package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassPlanTest {

    private final ClassPlan plan = ClassPlan.of(1, List.of(
            PlannedClass.of("K A", List.of(new Subclass("K", 20))),
            PlannedClass.of("K/1 A", List.of(new Subclass("K", 12), new Subclass("1", 10)))), true, null);

    @Test
    void laysOutItsChildrenOneRowPerClass() {
        assertThat(plan.children()).isDeepEqualTo(new int[][] {{20}, {12, 10}});
    }

    @Test
    void takesMovedChildrenBackKeepingLabelsAndRecomputingItsFigures() {
        ClassPlan moved = plan.withChildren(new int[][] {{16}, {16, 10}});

        assertThat(moved.classes()).extracting(PlannedClass::label).containsExactly("K A", "K/1 A");
        assertThat(moved.classes()).extracting(PlannedClass::total).containsExactly(16, 26);
        assertThat(moved.summary().largestClass()).isEqualTo(26);
        assertThat(moved.rank()).isEqualTo(1);
    }
}
