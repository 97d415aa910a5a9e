package org.classcruncher.plugins.fullest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.spi.ObjectiveWeighting;
import org.junit.jupiter.api.Test;

class RelieveFullestTest {

    private final RelieveFullest weighting = new RelieveFullest();

    @Test
    void putsTheFullestClassInPlaceOfTheLargestClassInTheStandardOrder() {
        assertThat(weighting.levelOrder()).isEqualTo(ObjectiveWeighting.STANDARD_LEVEL_ORDER.stream()
                .map(id -> id.equals("largestClass") ? "largestFullness" : id).toList());
        assertThat(weighting.levelOrder())
                .containsExactly("composites", "classes", "largestFullness", "evenness", "gradeSpread", "weighting");
    }

    @Test
    void weightsEveryChildTheSame() {
        assertThat(weighting.childWeight("K", List.of("K"))).isEqualTo(1.0);
        assertThat(weighting.childWeight("K", List.of("K", "1"))).isEqualTo(1.0);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ObjectiveWeighting.class).stream().map(ServiceLoader.Provider::type))
                .contains(RelieveFullest.class);
    }

    /**
     * K-6, no composites; K-3 capped at 24, 4-6 at 30. Two classes per grade take 14 teachers (K 24+24, 1-3 22+22,
     * 4-5 26+26, 6 27+27, every grade needing two); the 15th is the spare. Most classes means it is used, and only
     * the grade it goes to differs: the standard order's smallest largest class gives it to grade 6 (three of 18;
     * largest class 26, in grades 4 and 5), leaving the kindergarten classes at 24 of 24; relieve-fullest gives it
     * to the kindergarten (three of 16), the fullest class then being 22 of 24 (91.7 %, grades 1-3) rather than 27
     * of 30 (90 %) in grade 6, which keeps its 27. Run by the real planner with GLPK, both proven optimal.
     */
    @Test
    void givesTheSpareTeacherToTheGradeFullestAgainstItsCapNotToTheLargestClasses() {
        SchoolRequest school = new SchoolRequest("Two caps", 15, 1, List.of(
                new GradeSpec("K", 48, 10, 24, null), new GradeSpec("1", 44, 10, 24, null), new GradeSpec("2", 44, 10, 24, null),
                new GradeSpec("3", 44, 10, 24, null), new GradeSpec("4", 52, 10, 30, null), new GradeSpec("5", 52, 10, 30, null),
                new GradeSpec("6", 54, 10, 30, null)), List.of(), null);
        Planner planner = new Planner(new GlpkSolver());

        PlanningOutcome standard = planner.plan(school, Policies.none(), () -> false);
        PlanningOutcome relieved = planner.plan(school, new Policies(weighting, List.of()), () -> false);

        assertThat(standard.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(relieved.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(relieved.plugins()).containsExactly("relieve-fullest@1.0");
        ClassPlan byLargest = standard.plans().get(0);
        ClassPlan byFullest = relieved.plans().get(0);
        assertThat(byLargest.optimal()).isTrue();
        assertThat(byFullest.optimal()).isTrue();

        assertThat(byLargest.summary().classes()).isEqualTo(15);
        assertThat(byLargest.summary().composites()).isZero();
        assertThat(classesPerGrade(byLargest)).isEqualTo(
                Map.of("K", 2, "1", 2, "2", 2, "3", 2, "4", 2, "5", 2, "6", 3));
        assertThat(sizesOf(byLargest, "6")).containsExactly(18, 18, 18);
        assertThat(sizesOf(byLargest, "K")).containsExactly(24, 24);
        assertThat(byLargest.summary().largestClass()).isEqualTo(26);
        assertThat(fullest(byLargest, school)).isEqualTo(1.0);

        assertThat(byFullest.summary().classes()).isEqualTo(15);
        assertThat(byFullest.summary().composites()).isZero();
        assertThat(classesPerGrade(byFullest)).isEqualTo(
                Map.of("K", 3, "1", 2, "2", 2, "3", 2, "4", 2, "5", 2, "6", 2));
        assertThat(sizesOf(byFullest, "K")).containsExactly(16, 16, 16);
        assertThat(sizesOf(byFullest, "6")).containsExactly(27, 27);
        assertThat(byFullest.summary().largestClass()).isEqualTo(27);
        assertThat(fullest(byFullest, school)).isCloseTo(22.0 / 24, within(1e-9));
        assertThat(byFullest.rankReason()).contains("less full fullest class (91.7 % of its cap against 100 %");
    }

    private static Map<String, Integer> classesPerGrade(ClassPlan plan) {
        return plan.classes().stream().collect(Collectors.groupingBy(c -> String.join("/", c.grades()),
                TreeMap::new, Collectors.summingInt(c -> 1)));
    }

    private static List<Integer> sizesOf(ClassPlan plan, String grade) {
        return plan.classes().stream().filter(c -> c.grades().equals(List.of(grade))).map(PlannedClass::total)
                .toList();
    }

    /** The largest share of its grade's cap any class holds, worked out here rather than by the planner. */
    private static double fullest(ClassPlan plan, SchoolRequest school) {
        Map<String, Integer> caps = school.grades().stream()
                .collect(Collectors.toMap(GradeSpec::grade, GradeSpec::maxClassSize));
        return plan.classes().stream().mapToDouble(c -> (double) c.total() / caps.get(c.grades().get(0))).max()
                .orElseThrow();
    }
}
