package org.classcruncher.plugins.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
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

class BalanceFirstTest {

    private final BalanceFirst weighting = new BalanceFirst();

    @Test
    void putsTheSpreadsBeforeCompositesAndClassesNamingEachLevelAtMostOnce() {
        assertThat(weighting.levelOrder())
                .containsExactly("gradeSpread", "overallSpread", "composites", "classes", "weighting")
                .doesNotHaveDuplicates();
    }

    @Test
    void weightsEveryChildTheSame() {
        assertThat(weighting.childWeight("K", List.of("K"))).isEqualTo(1.0);
        assertThat(weighting.childWeight("K", List.of("K", "1"))).isEqualTo(1.0);
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(ObjectiveWeighting.class).stream().map(ServiceLoader.Provider::type))
                .contains(BalanceFirst.class);
    }

    /**
     * K 30 and grade 1 21, caps 30, K/1 allowed, 3 teachers. The standard order (fewest composites first) runs no
     * composite: K 15 + 15 and grade 1 21, spread 6. Balance first runs the composite to make all three classes 17
     * (51 / 3): K 17, grade 1 17, K/1 13 + 4. Run by the real planner with GLPK (an order the server refused would
     * fail the solve), both proven optimal.
     */
    @Test
    void runsACompositeToEvenOutTheClassesTheStandardOrderLeavesUneven() {
        SchoolRequest school = new SchoolRequest("K and 1", 3, 1,
                List.of(new GradeSpec("K", 30, 10, 30, null), new GradeSpec("1", 21, 10, 30, null)),
                List.of(CompositeSpec.of("K", "1")), null);
        Planner planner = new Planner(new GlpkSolver());

        PlanningOutcome standard = planner.plan(school, Policies.none(), () -> false);
        PlanningOutcome balanced = planner.plan(school, new Policies(weighting, List.of()), () -> false);

        assertThat(standard.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(balanced.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(balanced.plugins()).containsExactly("balance-first@1.0");
        ClassPlan straight = standard.plans().get(0);
        ClassPlan even = balanced.plans().get(0);
        assertThat(straight.optimal()).isTrue();
        assertThat(even.optimal()).isTrue();

        assertThat(straight.summary().composites()).isZero();
        assertThat(straight.classes()).extracting(c -> String.join("/", c.grades()) + " " + c.total())
                .containsExactlyInAnyOrder("K 15", "K 15", "1 21");
        assertThat(straight.summary().spread()).isEqualTo(6);

        assertThat(even.summary().composites()).isOne();
        assertThat(even.summary().classes()).isEqualTo(3);
        assertThat(even.classes()).extracting(PlannedClass::total).containsOnly(17);
        assertThat(even.summary().spread()).isZero();
        PlannedClass composite = even.classes().stream().filter(PlannedClass::composite).findFirst().orElseThrow();
        assertThat(composite.childrenOf("K")).isEqualTo(13);
        assertThat(composite.childrenOf("1")).isEqualTo(4);
    }
}
