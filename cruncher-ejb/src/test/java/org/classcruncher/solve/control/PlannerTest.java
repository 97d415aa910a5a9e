package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final Planner planner = new Planner(new GlpkSolver());
    private final Policies humanise = new Policies(null, List.of(new Humaniser()));

    @Test
    void plansTheSeedExampleAndHumanisesIt() {
        SchoolRequest school = SeedSchool.withTeachers(6);

        PlanningOutcome outcome = planner.plan(school, humanise, () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(outcome.plugins()).containsExactly("humanise");
        ClassPlan plan = outcome.plans().get(0);
        assertThat(PlanRules.violations(plan, school)).isEmpty();
        assertThat(plan.optimal()).isTrue();
        assertThat(plan.classes()).allSatisfy(plannedClass -> assertThat(plannedClass.label()).matches("[K0-9/]+ [A-Z]+"));
    }

    @Test
    void explainsThatTooFewTeachersCannotHoldEveryChild() {
        PlanningOutcome outcome = planner.plan(SeedSchool.withTeachers(4), humanise, () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(outcome.plans()).isEmpty();
        assertThat(outcome.diagnosis())
                .contains("110 children do not fit in 4 classes of at most 25: at least 5 teachers are needed.");
    }

    @Test
    void explainsThatAGradeWithoutCompositeCannotFormAClass() {
        SchoolRequest school = new SchoolRequest("Small sixth", 4, 4,
                List.of(new GradeSpec("5", 40, 15, 25), new GradeSpec("6", 9, 15, 25)), List.of(), null);

        PlanningOutcome outcome = planner.plan(school, humanise, () -> false);

        assertThat(outcome.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(outcome.diagnosis()).contains("Grade 6: 9 children cannot be split into classes of 15 to 25, "
                + "and no composite class includes grade 6.");
    }
}
