package org.classcruncher.planner.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.Subclass;
import org.classcruncher.planner.PlanRules;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.junit.jupiter.api.Test;

/** Small schools checked by hand: how few children a change of inputs has to move. */
class MinimalChangePlannerTest {

    private final MinimalChangePlanner planner = new MinimalChangePlanner(new GlpkSolver());

    /** Grades 1 and 2, two classes each (20+20 and 25+25), classes of 10 to 25, 1/2 composites allowed. */
    private static final ClassPlan REFERENCE = ClassPlan.of(1, List.of(
            straight("1 A", "1", 20), straight("1 B", "1", 20),
            straight("2 A", "2", 25), straight("2 B", "2", 25)), true, null);

    private static SchoolRequest school(int teachers, int first, int second) {
        return new SchoolRequest("Hand-checked", teachers, 5, List.of(new GradeSpec("1", first, 10, 25),
                new GradeSpec("2", second, 10, 25)), List.of(new CompositeSpec(List.of("1", "2"), null, null)),
                SolveOptions.defaults());
    }

    private static PlannedClass straight(String label, String grade, int children) {
        return PlannedClass.of(label, List.of(new Subclass(grade, children)));
    }

    private MinimalChangePlanner.Replanned replan(SchoolRequest school, Set<String> locked) {
        return planner.replan(school, REFERENCE, locked, SolveControl.startingNow(Duration.ofSeconds(10), () -> false));
    }

    @Test
    void aChildJoiningAClassWithAFreeSeatMovesNoOne() {
        MinimalChangePlanner.Replanned replanned = replan(school(4, 41, 50), Set.of());

        assertThat(replanned.hasPlan()).isTrue();
        assertThat(replanned.moved()).isZero();
        assertThat(replanned.movements()).extracting(MinimalChangePlanner.Movement::describe)
                .singleElement().asString().matches("1 child of grade 1 joins 1 [AB]");
        assertThat(replanned.plan().classes()).extracting(PlannedClass::label).containsExactly("1 A", "1 B", "2 A", "2 B");
        assertThat(PlanRules.violations(replanned.plan(), school(4, 41, 50))).isEmpty();
    }

    @Test
    void sixMoreChildrenInAFullGradeOpenAThirdClassMovingAsFewAsItsMinimumNeeds() {
        // 56 children in classes of at most 25: a third class of at least 10, so 4 of the 50 must move into it.
        SchoolRequest grown = school(5, 40, 56);
        MinimalChangePlanner.Replanned replanned = replan(grown, Set.of());

        assertThat(replanned.hasPlan()).isTrue();
        assertThat(replanned.moved()).isEqualTo(4);
        assertThat(replanned.plan().classes()).extracting(PlannedClass::label).contains("2 C");
        assertThat(replanned.plan().summary().composites()).isZero();
        assertThat(PlanRules.violations(replanned.plan(), grown)).isEmpty();
        assertThat(replanned.movements()).extracting(MinimalChangePlanner.Movement::describe)
                .anyMatch(text -> text.matches("\\d (child|children) of grade 2 moves? from 2 [AB] to 2 C"))
                .anyMatch(text -> text.startsWith("6 children of grade 2 join"));
    }

    @Test
    void aLockedClassNeverChanges() {
        SchoolRequest grown = school(5, 40, 56);
        MinimalChangePlanner.Replanned replanned = replan(grown, Set.of("2 A"));

        assertThat(replanned.plan().classes()).filteredOn(planned -> planned.label().equals("2 A"))
                .singleElement().extracting(PlannedClass::total).isEqualTo(25);
        assertThat(replanned.moved()).isEqualTo(4);
        assertThat(replanned.movements()).noneMatch(movement -> "2 A".equals(movement.from())
                || "2 A".equals(movement.to()));
    }

    @Test
    void unchangedInputsKeepThePlanAsItIs() {
        MinimalChangePlanner.Replanned same = replan(school(4, 40, 50), Set.of());

        assertThat(same.moved()).isZero();
        assertThat(same.movements()).isEmpty();
        assertThat(same.plan().classes()).isEqualTo(REFERENCE.classes());
    }

    @Test
    void aGradeHalvedClosesOneOfItsClassesWithoutMovingAnyone() {
        // Grade 2 down to 25 with 3 teachers: one grade 2 class keeps its 25 children, the other closes.
        SchoolRequest shrunk = school(3, 40, 25);
        MinimalChangePlanner.Replanned replanned = replan(shrunk, Set.of());

        assertThat(replanned.plan().classes()).hasSize(3);
        assertThat(replanned.moved()).isZero();
        assertThat(replanned.closed()).singleElement().asString().isIn("2 A", "2 B");
        assertThat(PlanRules.violations(replanned.plan(), shrunk)).isEmpty();
    }

    @Test
    void saysWhyWhenTheLockedClassesCannotStay() {
        MinimalChangePlanner.Replanned replanned = replan(school(4, 40, 30), Set.of("2 A", "2 B"));

        assertThat(replanned.hasPlan()).isFalse();
        assertThat(replanned.problems()).containsExactly(
                "No plan keeps every rule with these inputs and the locked classes as they are.");
        assertThat(replan(school(4, 40, 50), Set.of("3 A")).problems()).containsExactly("The plan has no class 3 A to lock.");
    }
}
