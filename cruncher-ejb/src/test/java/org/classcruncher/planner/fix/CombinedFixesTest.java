package org.classcruncher.planner.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.Schools;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.structure.StructurePlanner;
import org.junit.jupiter.api.Test;

class CombinedFixesTest {

    private final GlpkSolver solver = new GlpkSolver();
    private final StructurePlanner planner = new StructurePlanner(solver);

    static SchoolRequest kToSix(int teachers) {
        return new SchoolRequest("K-6", teachers, 6, List.of(new GradeSpec("K", 58, 15, 24),
                new GradeSpec("1", 62, 15, 24), new GradeSpec("2", 55, 15, 24), new GradeSpec("3", 61, 15, 24),
                new GradeSpec("4", 49, 15, 30), new GradeSpec("5", 57, 15, 30), new GradeSpec("6", 52, 15, 30)),
                List.of(CompositeSpec.of("2", "3"), CompositeSpec.of("4", "5"), CompositeSpec.of("5", "6")), null);
    }

    @Test
    void debug() {
        for (SchoolRequest school : List.of(kToSix(15), kToSix(16), Schools.named("tight-04"))) {
            CombinedFixModel model = CombinedFixModel.build(school, List.of());
            long start = System.nanoTime();
            MilpSolution solution = solver.solve(model.milp(), Duration.ofSeconds(20), () -> false);
            System.out.printf("%s: %d cols %d rows, %s %.1f in %.1f ms%n", school.name() + school.teachers(),
                    model.milp().columns().size(), model.milp().rows().size(), solution.outcome(),
                    solution.objective(), (System.nanoTime() - start) / 1e6);
            List<CombinedFix> fixes = new CombinedFixes(planner, solver, Duration.ofSeconds(5)).of(school, null,
                    Set.of(), SolveControl.startingNow(Duration.ofSeconds(30), () -> false));
            fixes.forEach(fix -> System.out.println("  " + fix.words(school) + " " + fix.proven()));
        }
    }
}
