package org.classcruncher.solve.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.control.milp.GlpkSolver;
import org.classcruncher.solve.control.seed.SeedPlanner;
import org.classcruncher.solve.control.structure.StructurePlanner;
import org.classcruncher.spi.BalancingRule;

/**
 * Plans one school: runs the chosen formulation's search within the time limit, applies the balancing rules, drops
 * plans that became identical, ranks the rest, and explains an infeasible school. Plain Java, so the server, the
 * command line and the benchmark share it.
 */
public class Planner {

    private static final Logger LOG = Logger.getLogger(Planner.class.getName());

    /** Best first: fewest composites, most classes, smallest within-grade spreads, smallest overall spread. */
    public static final Comparator<ClassPlan> RANKING = Comparator
            .comparingInt((ClassPlan plan) -> plan.summary().composites())
            .thenComparingInt(plan -> -plan.summary().classes())
            .thenComparingInt(plan -> plan.summary().gradeSpread().values().stream().mapToInt(Integer::intValue).sum())
            .thenComparingInt(plan -> plan.summary().spread());

    private final SeedPlanner seedPlanner;
    private final StructurePlanner structurePlanner;
    private final Diagnoser diagnoser;

    public Planner(GlpkSolver solver) {
        this.seedPlanner = new SeedPlanner(solver);
        this.structurePlanner = new StructurePlanner(solver);
        this.diagnoser = new Diagnoser(structurePlanner);
    }

    public PlanningOutcome plan(SchoolRequest school, Policies policies, BooleanSupplier cancelled) {
        SolveControl control = SolveControl.startingNow(Duration.ofSeconds(school.options().timeLimitSeconds()),
                cancelled);
        long start = System.nanoTime();
        ChildWeights weights = ChildWeights.of(policies.weighting());
        SearchOutcome search = school.options().seed()
                ? seedPlanner.plan(school, weights, control)
                : structurePlanner.plan(school, weights, policies.weighting() != null, control);
        long searchMillis = (System.nanoTime() - start) / 1_000_000;

        List<String> plugins = new ArrayList<>();
        if (policies.weighting() != null) {
            plugins.add(policies.weighting().id());
        }
        List<ClassPlan> plans = ranked(balanced(search.plans(), school, policies, plugins), school);
        return switch (search.ending()) {
            case COMPLETE -> new PlanningOutcome(SolveStatus.SOLVED, plans, null, null, plugins, searchMillis);
            case INFEASIBLE -> new PlanningOutcome(SolveStatus.INFEASIBLE, List.of(),
                    diagnoser.diagnose(school, control), null, plugins, searchMillis);
            case TIMED_OUT -> new PlanningOutcome(SolveStatus.TIMED_OUT, plans, null, plans.isEmpty()
                    ? "No plan was found within the time limit of " + school.options().timeLimitSeconds() + " s."
                    : "The time limit of " + school.options().timeLimitSeconds() + " s ended the search; the plans "
                    + "shown are the best found, not all proven best.", plugins, searchMillis);
            case CANCELLED -> new PlanningOutcome(SolveStatus.CANCELLED, plans, null,
                    "Cancelled" + (plans.isEmpty() ? "." : "; the plans shown were found before the cancel."),
                    plugins, searchMillis);
        };
    }

    /** Applies each rule to each plan; a rule that fails or breaks a hard rule is skipped, never trusted. */
    private static List<ClassPlan> balanced(List<ClassPlan> plans, SchoolRequest school, Policies policies,
                                            List<String> plugins) {
        List<ClassPlan> balanced = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        for (ClassPlan plan : plans) {
            ClassPlan current = plan;
            for (BalancingRule rule : policies.balancing()) {
                try {
                    ClassPlan candidate = rule.balance(current, school);
                    List<String> broken = PlanRules.violations(candidate, school);
                    if (broken.isEmpty()) {
                        current = candidate;
                        applied.add(rule.id());
                    } else {
                        LOG.warning(() -> "Balancing rule " + rule.id() + " broke the school's rules, ignored: "
                                + broken);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Balancing rule " + rule.id() + " failed, ignored", e);
                }
            }
            balanced.add(current);
        }
        policies.balancing().stream().map(BalancingRule::id).filter(applied::contains).forEach(plugins::add);
        return balanced;
    }

    /** Drops plans that are the same classes as a better one, sorts best first and numbers them. */
    private static List<ClassPlan> ranked(List<ClassPlan> plans, SchoolRequest school) {
        Set<PlanShape> seen = new HashSet<>();
        List<ClassPlan> distinct = new ArrayList<>();
        for (ClassPlan plan : plans.stream().sorted(RANKING).toList()) {
            if (seen.add(PlanShape.of(school, plan))) {
                distinct.add(plan.withRank(distinct.size() + 1));
            }
        }
        return distinct;
    }
}
