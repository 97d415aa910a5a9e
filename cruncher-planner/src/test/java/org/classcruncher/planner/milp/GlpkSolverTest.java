package org.classcruncher.planner.milp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.PlanRules;
import org.classcruncher.planner.SeedSchool;
import org.classcruncher.planner.seed.PotentialClasses;
import org.classcruncher.planner.seed.SeedModel;
import org.classcruncher.planner.seed.SeedModelBuilder;
import org.classcruncher.planner.seed.SeedPlanReader;
import org.junit.jupiter.api.Test;

class GlpkSolverTest {

    private final GlpkSolver solver = new GlpkSolver();

    @Test
    void solvesTheSeedExamplePlacingEveryChildWithinEveryRule() {
        SchoolRequest school = SeedSchool.withTeachers(6);
        SeedModel model = new SeedModelBuilder().build(school, SeedSchool.potentialClasses(school), ChildWeights.equal());

        MilpSolution solution = solver.solve(model.milp(), Duration.ofSeconds(10), () -> false);

        assertThat(solution.outcome()).isEqualTo(MilpSolution.Outcome.OPTIMAL);
        ClassPlan plan = SeedPlanReader.read(school, model, solution);
        assertThat(PlanRules.violations(plan, school)).isEmpty();
        assertThat(plan.classes()).hasSizeLessThanOrEqualTo(6);
        for (GradeSpec grade : school.grades()) {
            assertThat(plan.classes().stream().mapToInt(c -> c.childrenOf(grade.grade())).sum())
                    .as("children of grade %s placed", grade.grade())
                    .isEqualTo(grade.children());
        }
        for (PlannedClass plannedClass : plan.classes()) {
            assertThat(plannedClass.total()).isBetween(10, 25);
            if (plannedClass.composite()) {
                assertThat(plannedClass.subclasses()).allMatch(subclass -> subclass.children() >= 5);
            }
        }
        assertThat(solution.objective()).isEqualTo(32 + 57 + 21);
    }

    @Test
    void provesASchoolWithTooFewTeachersInfeasible() {
        SchoolRequest school = SeedSchool.withTeachers(4);
        SeedModel model = new SeedModelBuilder().build(school, PotentialClasses.of(school), ChildWeights.equal());

        MilpSolution solution = solver.solve(model.milp(), Duration.ofSeconds(10), () -> false);

        assertThat(solution.outcome()).isEqualTo(MilpSolution.Outcome.INFEASIBLE);
        assertThat(solution.values()).isEmpty();
    }

    @Test
    void solvesOneProblemPerThreadConcurrently() throws Exception {
        SchoolRequest school = SeedSchool.withTeachers(6);
        List<Thread> threads = new ArrayList<>();
        List<MilpSolution.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    SeedModel model = new SeedModelBuilder().build(school, PotentialClasses.of(school), ChildWeights.equal());
                    outcomes.add(solver.solve(model.milp(), Duration.ofSeconds(10), () -> false).outcome());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(outcomes).hasSize(80).containsOnly(MilpSolution.Outcome.OPTIMAL);
    }

    @Test
    void startsFromAGivenSolutionAndStillFindsTheOptimum() {
        // Minimise 3a + 2b + 4c with a + b + c >= 5, 2a + b <= 8 over integers 0..5: the optimum is b = 5 (10); the
        // start a = 2, b = 3 (12) keeps every row.
        MilpModel model = new MilpModel();
        int a = model.addColumn("a", MilpModel.Kind.INTEGER, 0, 5.0);
        int b = model.addColumn("b", MilpModel.Kind.INTEGER, 0, 5.0);
        int c = model.addColumn("c", MilpModel.Kind.INTEGER, 0, 5.0);
        model.addAtLeast("enough", java.util.Map.of(a, 1.0, b, 1.0, c, 1.0), 5);
        model.addAtMost("room", java.util.Map.of(a, 2.0, b, 1.0), 8);
        model.minimise(java.util.Map.of(a, 3.0, b, 2.0, c, 4.0));
        model.startFrom(new double[] {2, 3, 0});

        MilpSolution solution = solver.solve(model, Duration.ofSeconds(10), () -> false);

        assertThat(solution.outcome()).isEqualTo(MilpSolution.Outcome.OPTIMAL);
        assertThat(solution.objective()).isEqualTo(10.0);
        assertThat(solution.intValue(b)).isEqualTo(5);
    }

    @Test
    void aColumnAddedAfterTheStartDropsIt() {
        MilpModel model = new MilpModel();
        model.addColumn("a", MilpModel.Kind.INTEGER, 0, 5.0);
        model.startFrom(new double[] {1});
        model.addColumn("b", MilpModel.Kind.INTEGER, 0, 5.0);

        assertThat(model.start()).isNull();
    }
}
