package org.classcruncher.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanDraftTest {

    private static final List<String> GRADES = List.of("1", "2", "3");

    /** 1 A (20), 2 A (24), 2 B (23), 3 A (26). */
    private static PlanDraft draft() {
        return PlanDraft.of(ClassPlan.of(1, List.of(
                planned("1 A", new Subclass("1", 20)),
                planned("2 A", new Subclass("2", 24)),
                planned("2 B", new Subclass("2", 23)),
                planned("3 A", new Subclass("3", 26))), true, null), GRADES);
    }

    private static PlannedClass planned(String label, Subclass... subclasses) {
        return PlannedClass.of(label, List.of(subclasses));
    }

    private static List<String> shape(PlanDraft draft) {
        return draft.classes().stream().map(draftClass -> draftClass.getLabel() + " " + draftClass.getChildren())
                .toList();
    }

    @Test
    void movingAGradeIntoAClassMakesItAComposite() {
        PlanDraft draft = draft();

        assertThat(draft.move("3 A", "2 B", "3", 4)).isEmpty();

        assertThat(shape(draft)).containsExactly("1 A {1=20}", "2 A {2=24}", "2/3 A {2=23, 3=4}", "3 A {3=22}");
        assertThat(draft.placed("3")).isEqualTo(26);
    }

    @Test
    void movingTheLastChildrenOfAGradeOutOfACompositeMakesItStraightAgain() {
        PlanDraft draft = draft();
        draft.move("3 A", "2 B", "3", 4);

        assertThat(draft.move("2/3 A", "3 A", "3", 4)).isEmpty();

        assertThat(shape(draft)).containsExactly("1 A {1=20}", "2 A {2=24}", "2 B {2=23}", "3 A {3=26}");
    }

    @Test
    void refusesAMoveNamingWhatIsNotThere() {
        PlanDraft draft = draft();

        assertThat(draft.move("2 A", "2 A", "2", 1)).contains(PlanDraft.MoveRefused.CLASSES);
        assertThat(draft.move("9 Z", "2 A", "2", 1)).contains(PlanDraft.MoveRefused.CLASSES);
        assertThat(draft.move("2 A", "2 B", "3", 1)).contains(PlanDraft.MoveRefused.GRADE);
        assertThat(draft.move("2 A", "2 B", "2", 25)).contains(PlanDraft.MoveRefused.COUNT);
        assertThat(draft.move("2 A", "2 B", "2", 0)).contains(PlanDraft.MoveRefused.COUNT);
        assertThat(draft.move("2 A", "2 B", "2", null)).contains(PlanDraft.MoveRefused.COUNT);
        assertThat(shape(draft)).isEqualTo(shape(draft()));
    }

    @Test
    void splitsAClassInHalvesNamedWithTheNextFreeLetter() {
        PlanDraft draft = draft();

        draft.split("2 B");

        assertThat(shape(draft)).containsExactly("1 A {1=20}", "2 A {2=24}", "2 B {2=12}", "2 C {2=11}", "3 A {3=26}");
    }

    @Test
    void mergesOneClassIntoAnotherAndRenamesAClassThatGainsAGrade() {
        PlanDraft draft = draft();

        assertThat(draft.merge("2 A", "2 A")).isFalse();
        assertThat(draft.merge("2 A", "1 A")).isTrue();

        assertThat(shape(draft)).containsExactly("1/2 A {1=20, 2=24}", "2 B {2=23}", "3 A {3=26}");
        assertThat(draft.labels()).containsExactly("1/2 A", "2 B", "3 A");
    }

    @Test
    void addsAnEmptyClassAndRemovesOneLeavingItsChildrenUnplaced() {
        PlanDraft draft = draft();

        draft.add("2/3");
        draft.remove("3 A");

        assertThat(shape(draft)).containsExactly("1 A {1=20}", "2 A {2=24}", "2 B {2=23}", "2/3 A {2=0, 3=0}");
        assertThat(draft.placed("3")).isZero();
        assertThat(draft.toAdjusted()).extracting(AdjustedClass::label).containsExactly("1 A", "2 A", "2 B", "2/3 A");
    }

    @Test
    void aCellLeftEmptyCountsAsNoChildren() {
        PlanDraft draft = draft();
        draft.classes().get(0).getChildren().put("1", null);

        assertThat(draft.placed("1")).isZero();
        assertThat(draft.toAdjusted().get(0).subclasses()).containsExactly(new Subclass("1", 0));
    }
}
