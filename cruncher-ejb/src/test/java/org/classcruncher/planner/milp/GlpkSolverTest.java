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
}
