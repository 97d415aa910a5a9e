package org.classcruncher.solve.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.spi.BalancingRule;

/**
 * Plans one school: chooses the potential classes, builds the MILP, solves it, reads the plan and applies the
 * balancing rules, or explains why no plan exists. Plain Java, so the server and the command line share it.
 */
public class Planner {

    private static final Logger LOG = Logger.getLogger(Planner.class.getName());

    private final GlpkSolver solver;

    public Planner(GlpkSolver solver) {
        this.solver = solver;
    }

    public PlanningOutcome plan(SchoolRequest school, Policies policies, BooleanSupplier cancelled) {
        SeedModel model = new SeedModelBuilder().build(school, PotentialClasses.of(school), policies.weighting());
        Duration timeLimit = Duration.ofSeconds(school.options().timeLimitSeconds());
        MilpSolution solution = solver.solve(model.milp(), timeLimit, cancelled);
        List<String> plugins = new ArrayList<>();
        if (policies.weighting() != null) {
            plugins.add(policies.weighting().id());
        }
        return switch (solution.outcome()) {
            case INFEASIBLE -> new PlanningOutcome(SolveStatus.INFEASIBLE, List.of(), Diagnosis.of(school), plugins);
            case TIMED_OUT -> new PlanningOutcome(SolveStatus.TIMED_OUT, List.of(),
                    "No plan was found within the time limit of " + timeLimit.toSeconds() + " s.", plugins);
            case CANCELLED -> new PlanningOutcome(SolveStatus.CANCELLED, List.of(), null, plugins);
            case OPTIMAL, FEASIBLE_TIMED_OUT, FEASIBLE_CANCELLED -> {
                ClassPlan plan = balance(SeedPlanReader.read(school, model, solution), school, policies, plugins);
                SolveStatus status = switch (solution.outcome()) {
                    case FEASIBLE_TIMED_OUT -> SolveStatus.TIMED_OUT;
                    case FEASIBLE_CANCELLED -> SolveStatus.CANCELLED;
                    default -> SolveStatus.SOLVED;
                };
                yield new PlanningOutcome(status, List.of(plan), null, plugins);
            }
        };
    }

    /** Applies each rule in turn; a rule that fails or breaks a hard rule is skipped, never trusted. */
    private static ClassPlan balance(ClassPlan plan, SchoolRequest school, Policies policies, List<String> plugins) {
        ClassPlan balanced = plan;
        for (BalancingRule rule : policies.balancing()) {
            try {
                ClassPlan candidate = rule.balance(balanced, school);
                List<String> broken = PlanRules.violations(candidate, school);
                if (broken.isEmpty()) {
                    balanced = candidate;
                    plugins.add(rule.id());
                } else {
                    LOG.warning(() -> "Balancing rule " + rule.id() + " broke the school's rules, ignored: " + broken);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Balancing rule " + rule.id() + " failed, ignored", e);
            }
        }
        return balanced;
    }
}
