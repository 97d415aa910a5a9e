package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.PlanRules;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.Schools;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SeedSchool;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructurePlannerTest {

    private final StructurePlanner planner = new StructurePlanner(new GlpkSolver());

    @Test
    void plansTheSeedExampleWithStraightEvenClassesUsingEveryTeacher() {
        SearchOutcome outcome = planner.plan(SeedSchool.withTeachers(6).withOptions(
                SeedSchool.withTeachers(6).options().withAlternatives(1)), ChildWeights.equal(), false, control());

        assertThat(outcome.ending()).isEqualTo(SearchOutcome.Ending.COMPLETE);
        ClassPlan plan = outcome.plans().get(0);
        assertThat(plan.optimal()).isTrue();
        assertThat(plan.classes()).extracting(PlannedClass::label, PlannedClass::total).containsExactly(
                tuple("K A", 16), tuple("K B", 16),
                tuple("1 A", 19), tuple("1 B", 19),
                tuple("1 C", 19), tuple("2 A", 21));
        assertThat(plan.summary().composites()).isZero();
        assertThat(plan.summary().gradeSpread()).containsValues(0, 0, 0);
    }

    @Test
    void findsStructurallyDifferentAlternativesRankedByTheObjective() {
        SchoolRequest school = SeedSchool.withTeachers(6);

        SearchOutcome outcome = planner.plan(school, ChildWeights.equal(), false, control());

        assertThat(outcome.plans()).hasSize(3);
        assertThat(outcome.plans()).extracting(ClassPlan::rank).containsExactly(1, 2, 3);
        assertThat(outcome.plans()).isSortedAccordingTo(Planner.ranking(Objective.standard(false), ChildWeights.equal(), school));
        Set<List<String>> structures = new HashSet<>();
        for (ClassPlan plan : outcome.plans()) {
            assertThat(PlanRules.violations(plan, school)).isEmpty();
            assertThat(structures.add(plan.classes().stream().map(c -> String.join("/", c.grades())).sorted().toList()))
                    .as("structure of plan %d is new", plan.rank()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rural-00", "rural-03", "typical-00", "k8-00", "k12-00", "tight-00"})
    void plansBenchmarkSchoolsKeepingEveryRuleWithoutRepeatingAStructure(String name) {
        SchoolRequest school = Schools.named(name);

        SearchOutcome outcome = planner.plan(school, ChildWeights.equal(), false, control());

        assertThat(outcome.ending()).isEqualTo(SearchOutcome.Ending.COMPLETE);
        assertThat(outcome.plans()).isNotEmpty();
        Set<List<String>> structures = new HashSet<>();
        for (ClassPlan plan : outcome.plans()) {
            assertThat(PlanRules.violations(plan, school)).as("plan %d", plan.rank()).isEmpty();
            assertThat(structures.add(plan.classes().stream().map(c -> String.join("/", c.grades())).sorted().toList()))
                    .isTrue();
        }
        assertThat(outcome.plans()).isSortedAccordingTo(Planner.ranking(Objective.standard(false), ChildWeights.equal(), school));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tight-04", "tight-06", "tight-09"})
    void provesTightSchoolsInfeasible(String name) {
        SearchOutcome outcome = planner.plan(Schools.named(name), ChildWeights.equal(), false, control());

        assertThat(outcome.ending()).isEqualTo(SearchOutcome.Ending.INFEASIBLE);
        assertThat(outcome.plans()).isEmpty();
    }

    @Test
    void stopsAtOnceWhenCancelled() {
        SearchOutcome outcome = planner.plan(Schools.named("k12-00"), ChildWeights.equal(), false,
                SolveControl.startingNow(Duration.ofSeconds(60), () -> true));

        assertThat(outcome.ending()).isEqualTo(SearchOutcome.Ending.CANCELLED);
    }

    private static SolveControl control() {
        return SolveControl.startingNow(Duration.ofSeconds(60), () -> false);
    }
}
