package org.classcruncher.planner.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Schools;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cheap checks that spare a composite pattern its MILP: they refuse only patterns without a plan. */
class CompositePatternTest {

    /** tight-00: K-6, 17 teachers, K-3 in classes of 12-22 and 4-6 of 12-30, every neighbouring pair allowed. */
    private final SchoolRequest school = Schools.named("tight-00");
    private final List<ClassType> types = ClassType.of(school);

    @Test
    void refusesAPatternWhoseRunsOfGradesEachFitButNotTogether() {
        // K/1 x3, 2/3 x2, 3/4 x1, 4/5 x3 leave 8 teachers. K-3 need 6 straight classes (241 children, 11 classes of
        // at most 22 less the 8 of grade 4 the 3/4 class must take), 4-5 one and grade 6 two: 9. Each run alone fits.
        CompositePattern pattern = pattern(3, 0, 2, 1, 3, 0);

        assertThat(pattern.straightCounts(school, types)).isNull();
        assertThat(hasPlan(pattern)).isFalse();
    }

    @Test
    void keepsAPatternThatHasAPlan() {
        CompositePattern pattern = pattern(1, 2, 2, 0, 2, 2);

        assertThat(pattern.straightCounts(school, types)).isNotNull();
        assertThat(hasPlan(pattern)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 10})
    void everyPatternItRefusesHasNoPlan(int composites) {
        List<CompositePattern> patterns = CompositePattern.withComposites(school, types, RunCounts.of(school, types),
                composites, PatternSearch.MOST_PATTERNS);
        List<CompositePattern> refused = patterns.stream().filter(p -> p.straightCounts(school, types) == null)
                .toList();

        assertThat(refused).isNotEmpty().noneMatch(this::hasPlan);
    }

    /** The pattern's classes per composite type, in the school's order K/1, 1/2, 2/3, 3/4, 4/5, 5/6. */
    private CompositePattern pattern(int... composites) {
        List<Integer> counts = new ArrayList<>();
        int c = 0;
        for (ClassType type : types) {
            counts.add(type.composite() ? composites[c++] : 0);
        }
        return new CompositePattern(counts);
    }

    /**
     * Whether the pattern's model has a plan, with every straight count the school allows: no check applied but the
     * one the model relies on, that a grade no composite takes fits its straight classes.
     */
    private boolean hasPlan(CompositePattern pattern) {
        List<List<Integer>> runCounts = RunCounts.of(school, types);
        List<List<Integer>> straight = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            String grade = type.grades().get(0);
            int children = school.grade(grade).children();
            boolean inComposite = false;
            for (int c = 0; c < types.size(); c++) {
                inComposite |= pattern.classes(c) > 0 && types.get(c).has(grade);
            }
            straight.add(type.composite() ? List.of() : inComposite ? runCounts.get(t)
                    : runCounts.get(t).stream().filter(k -> k * type.limits().min() <= children
                    && k * type.limits().max() >= children).toList());
        }
        PatternModel model = PatternModel.unbalanced(school, types, pattern, straight, List.of());
        MilpModel milp = model.milp().copy();
        milp.maximise(model.classes());
        MilpSolution solution = new GlpkSolver().solve(milp, Duration.ofSeconds(10), () -> false);
        assertThat(solution.outcome()).as("the pattern's model settled").isIn(MilpSolution.Outcome.OPTIMAL,
                MilpSolution.Outcome.INFEASIBLE);
        return solution.outcome() == MilpSolution.Outcome.OPTIMAL;
    }
}
