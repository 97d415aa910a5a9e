package org.classcruncher.planner.rules;

import java.util.List;
import java.util.ServiceLoader;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/** What a rule pack's test needs: a school planned under its rules (or size policy) by the real planner, and its class sizes. */
public final class RulePlans {

    private static final Planner PLANNER = new Planner(new GlpkSolver());

    private RulePlans() {
    }

    /** The school planned with these plan rules and no other policy; none for the plain plan. */
    public static PlanningOutcome plan(SchoolRequest school, PlanRule... rules) {
        return PLANNER.plan(school, new Policies(null, List.of(), null, List.of(rules)), () -> false);
    }

    /** A rule stating fixed limits, as a district's jar would. */
    public static PlanRule rule(String id, PlanLimit... limits) {
        return new PlanRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test rule " + id;
            }

            @Override
            public List<PlanLimit> limits(SchoolRequest school) {
                return List.of(limits);
            }
        };
    }

    /** The school planned under this size policy and no other policy. */
    public static PlanningOutcome planSized(SchoolRequest school, ClassSizePolicy sizePolicy) {
        return PLANNER.plan(school, new Policies(null, List.of(), sizePolicy, List.of()), () -> false);
    }

    /** Whether {@link ServiceLoader} finds {@code type} as a size policy (its jar's services file names it). */
    public static boolean providedSizePolicy(Class<? extends ClassSizePolicy> type) {
        return ServiceLoader.load(ClassSizePolicy.class).stream().anyMatch(provider -> provider.type() == type);
    }

    /** The sizes of the straight classes of {@code grade}, smallest first. */
    public static List<Integer> sizesOf(ClassPlan plan, String grade) {
        return plan.classes().stream().filter(c -> c.grades().equals(List.of(grade))).map(PlannedClass::total)
                .sorted().toList();
    }

    /** Whether {@link ServiceLoader} finds {@code type} as a plan rule (its jar's services file names it). */
    public static boolean provided(Class<? extends PlanRule> type) {
        return ServiceLoader.load(PlanRule.class).stream().anyMatch(provider -> provider.type() == type);
    }
}
