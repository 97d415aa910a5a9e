package org.classcruncher.planner.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Subclass;
import org.classcruncher.planner.PlanRules;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.SizeRules;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.spi.ClassSizePolicy;
import org.junit.jupiter.api.Test;

/** Small schools checked by hand: how few children a change of inputs has to move. */
class MinimalChangePlannerTest {

    private final MinimalChangePlanner planner = new MinimalChangePlanner(new GlpkSolver());

    /** Grades 1 and 2, two classes each (20+20 and 25+25), classes of 10 to 25, 1/2 composites allowed. */
    private static final ClassPlan REFERENCE = ClassPlan.of(1, List.of(
            straight("1 A", "1", 20), straight("1 B", "1", 20),
            straight("2 A", "2", 25), straight("2 B", "2", 25)), true, null);

    private static SchoolRequest school(int teachers, int first, int second) {
        return new SchoolRequest("Hand-checked", teachers, 5, List.of(new GradeSpec("1", first, 10, 25, null),
                new GradeSpec("2", second, 10, 25, null)), List.of(new CompositeSpec(List.of("1", "2"), null, null)),
                SolveOptions.defaults());
    }

    private static PlannedClass straight(String label, String grade, int children) {
        return PlannedClass.of(label, List.of(new Subclass(grade, children)));
    }

    private static PlannedClass composite(String label, int first, int second) {
        return PlannedClass.of(label, List.of(new Subclass("1", first), new Subclass("2", second)));
    }

    private MinimalChangePlanner.Replanned replan(SchoolRequest school, Set<String> locked) {
        return replan(school, REFERENCE, locked);
    }

    private MinimalChangePlanner.Replanned replan(SchoolRequest school, ClassPlan reference, Set<String> locked) {
        return planner.replan(school, reference, locked, control());
    }

    private static SolveControl control() {
        return SolveControl.startingNow(Duration.ofSeconds(10), () -> false);
    }

    /** A jurisdiction's rule as a plugin states it: straight classes as the school says, any composite 10 to 25. */
    private static final ClassSizePolicy COMPOSITES_AT_MOST_25 = new ClassSizePolicy() {
        public String id() {
            return "composites-25";
        }

        public String description() {
            return "test";
        }

        public ClassSizeLimits limits(List<String> grades, SchoolRequest s) {
            return grades.size() == 1 ? s.limitsOf(grades) : new ClassSizeLimits(10, 25);
        }
    };

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
        // 46 children stay in 2 A and 2 B: the smallest largest class splits them 23 and 23.
        assertThat(replanned.plan().classes()).filteredOn(planned -> planned.grades().equals(List.of("2")))
                .extracting(PlannedClass::total).containsExactlyInAnyOrder(23, 23, 10);
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

    @Test
    void aReplanKeepsTheSizePolicysCapOnComposites() {
        // The school allows composites of 28; the policy caps them at 25. Three more children of grade 1: without the
        // policy they join the composite (28, no one moves); under it a fourth class has to open.
        SchoolRequest grown = new SchoolRequest("Capped", 4, 5, List.of(new GradeSpec("1", 40, 10, 25, null),
                new GradeSpec("2", 38, 10, 25, null)), List.of(new CompositeSpec(List.of("1", "2"), null, 28)),
                SolveOptions.defaults());
        ClassPlan reference = ClassPlan.of(1, List.of(straight("1 A", "1", 25), straight("2 A", "2", 25),
                composite("1/2 A", 12, 13)), true, null);

        PlanningOutcome raw = planner.outcome(grown, Policies.none(), reference, Set.of(), control(),
                PolicyWatch.withDefaultBudget());
        PlanningOutcome capped = planner.outcome(grown, new Policies(null, List.of(), COMPOSITES_AT_MOST_25),
                reference, Set.of(), control(), PolicyWatch.withDefaultBudget());

        assertThat(raw.plans()).singleElement().satisfies(plan -> assertThat(plan.classes())
                .filteredOn(PlannedClass::composite).extracting(PlannedClass::total).containsExactly(28));
        assertThat(capped.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(capped.plugins()).containsExactly("composites-25@1");
        ClassPlan plan = capped.plans().get(0);
        assertThat(plan.classes()).hasSize(4);
        assertThat(plan.classes()).filteredOn(PlannedClass::composite)
                .allSatisfy(composite -> assertThat(composite.total()).isLessThanOrEqualTo(25));
        SchoolRequest rules = SizeRules.apply(COMPOSITES_AT_MOST_25, grown, PolicyWatch.withDefaultBudget());
        assertThat(PlanRules.violations(plan, rules)).isEmpty();
    }

    @Test
    void aCompositeThePolicyForbidsCannotStay() {
        ClassSizePolicy noComposites = new ClassSizePolicy() {
            public String id() {
                return "no-composites";
            }

            public String description() {
                return "test";
            }

            public ClassSizeLimits limits(List<String> grades, SchoolRequest s) {
                return grades.size() == 1 ? s.limitsOf(grades) : null;
            }
        };
        ClassPlan reference = ClassPlan.of(1, List.of(straight("1 A", "1", 25), straight("2 A", "2", 25),
                composite("1/2 A", 10, 10)), true, null);

        PlanningOutcome outcome = planner.outcome(school(4, 35, 35), new Policies(null, List.of(), noComposites),
                reference, Set.of(), control(), PolicyWatch.withDefaultBudget());

        assertThat(outcome.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.summary().composites()).isZero();
            assertThat(plan.classes()).hasSize(4);
        });
        assertThat(outcome.message()).contains("Closed: 1/2 A.");
    }

    @Test
    void newChildrenGoWhereTheyKeepTheLargestClassSmallest() {
        // Four new children of grade 1, and room for them in 1 A and in the composite: no one moves either way, and
        // the grade's one straight class has no spread. 22 and 22 keep the largest class smallest.
        ClassPlan reference = ClassPlan.of(1, List.of(straight("1 A", "1", 20), composite("1/2 A", 10, 10),
                straight("2 A", "2", 20)), true, null);

        MinimalChangePlanner.Replanned replanned = replan(school(3, 34, 30), reference, Set.of());

        assertThat(replanned.moved()).isZero();
        assertThat(replanned.plan().classes()).extracting(PlannedClass::label, PlannedClass::total)
                .containsExactly(tuple("1 A", 22), tuple("1/2 A", 22), tuple("2 A", 20));
    }

    @Test
    void underALargestClassThatCannotShrinkNewChildrenStillSpreadEvenly() {
        // 2 A keeps its 25 (L = 25 whatever the others hold); the least sum of squares still splits the four new
        // children of grade 1 between 1 A and the composite.
        ClassPlan reference = ClassPlan.of(1, List.of(straight("1 A", "1", 20), composite("1/2 A", 10, 10),
                straight("2 A", "2", 25)), true, null);

        MinimalChangePlanner.Replanned replanned = replan(school(3, 34, 35), reference, Set.of());

        assertThat(replanned.moved()).isZero();
        assertThat(replanned.plan().classes()).extracting(PlannedClass::label, PlannedClass::total)
                .containsExactly(tuple("1 A", 22), tuple("1/2 A", 22), tuple("2 A", 25));
    }
}
