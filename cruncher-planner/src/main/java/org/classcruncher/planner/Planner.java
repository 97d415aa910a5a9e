package org.classcruncher.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.rules.RuleDiagnoser;
import org.classcruncher.planner.rules.RuleFigures;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.planner.rules.SupportedChildren;
import org.classcruncher.planner.seed.SeedPlanner;
import org.classcruncher.planner.structure.StructurePlanner;
import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Plans one school: runs the chosen formulation's search within the time limit, keeping the plan rules' limits,
 * applies the balancing rules, drops plans that became identical, ranks the rest by the solve's {@link Objective},
 * measures each against the plan rules, and explains an infeasible school. Plain Java, so the server, the
 * command line and the benchmark share it.
 */
public class Planner {

    private final SeedPlanner seedPlanner;
    private final StructurePlanner structurePlanner;
    private final Diagnoser diagnoser;
    private final RuleDiagnoser ruleDiagnoser;
    /** An infeasible school's proof and diagnosis together, from the solve's start; {@code null}: no such end. */
    private final Duration answerWithin;

    public Planner(GlpkSolver solver) {
        this(solver, Diagnoser.Budget.STANDARD);
    }

    /** With another time for an infeasible school's diagnosis (a busy server's what-ifs take longer). */
    public Planner(GlpkSolver solver, Diagnoser.Budget diagnosis) {
        this(solver, new StructurePlanner(solver), diagnosis);
    }

    private Planner(GlpkSolver solver, StructurePlanner structurePlanner, Diagnoser.Budget diagnosis) {
        this.seedPlanner = new SeedPlanner(solver);
        this.structurePlanner = structurePlanner;
        this.diagnoser = new Diagnoser(structurePlanner, solver, diagnosis);
        this.ruleDiagnoser = new RuleDiagnoser(structurePlanner, diagnoser);
        this.answerWithin = diagnosis.answer();
    }

    /** A planner whose default formulation is the reference one ({@link StructurePlanner#reference}). */
    public static Planner reference(GlpkSolver solver) {
        return new Planner(solver, StructurePlanner.reference(solver), Diagnoser.Budget.STANDARD);
    }

    public PlanningOutcome plan(SchoolRequest request, Policies policies, BooleanSupplier cancelled) {
        return plan(request, policies, cancelled, PolicyWatch.withDefaultBudget());
    }

    /** Plans the school, calling its policies through {@code watch}, so that a call that never returns is seen. */
    public PlanningOutcome plan(SchoolRequest request, Policies policies, BooleanSupplier cancelled,
                                PolicyWatch watch) {
        // The clock starts before the size policy and the model building: both count against the time limit.
        Instant started = Instant.now();
        SolveControl control = SolveControl.startingNow(Duration.ofSeconds(request.options().timeLimitSeconds()),
                cancelled);
        SchoolRequest sized = SizeRules.apply(policies.sizePolicy(), request, watch);
        SchoolRules rules = SchoolRules.of(policies.sizePolicy(), policies.rules(), sized, watch);
        SchoolRequest school = rules.capped(sized);
        long start = System.nanoTime();
        ObjectiveWeighting weighting = policies.weighting();
        PolicyCall weightingCall = weighting == null ? null : watch.policy("weighting", weighting.id());
        ChildWeights weights = weighting == null ? ChildWeights.equal() : ChildWeights.of(weighting, weightingCall);
        Objective objective = rules.objective(Objective.of(weighting, weightingCall));
        if (school.options().seed() && !rules.isEmpty()) {
            throw new PolicyFailure("Plan rules and size targets need the default formulation: the seed "
                    + "formulation cannot keep them.");
        }
        SearchOutcome search = school.options().seed()
                ? seedPlanner.plan(school, weights, control)
                : structurePlanner.plan(school, weights, objective, control, rules);
        long searchMillis = (System.nanoTime() - start) / 1_000_000;

        List<String> plugins = new ArrayList<>();
        if (policies.sizePolicy() != null) {
            plugins.add(policies.sizePolicy().id() + "@" + policies.sizePolicy().version());
        }
        if (policies.weighting() != null) {
            plugins.add(policies.weighting().id() + "@" + policies.weighting().version());
        }
        policies.rules().forEach(rule -> plugins.add(rule.id() + "@" + rule.version()));
        List<ClassPlan> plans = ranked(balanced(search.plans(), school, policies, rules, plugins, watch), school,
                new Ranking(objective, weights, rules.withTargets(ClassType.of(school)))).stream()
                .map(plan -> placed(plan, school, rules))
                .map(plan -> rules.isEmpty() ? plan : plan.withRules(RuleFigures.of(plan, rules, school)))
                .toList();
        return switch (search.ending()) {
            case COMPLETE -> new PlanningOutcome(SolveStatus.SOLVED, plans, null, null, plugins, searchMillis);
            case INFEASIBLE -> rules.onlyTargets() ? explained(school, answerDue(control, started), plugins,
                    searchMillis)
                    : new PlanningOutcome(SolveStatus.INFEASIBLE, List.of(),
                    ruleDiagnoser.diagnose(sized, rules, answerDue(control, started)), null, plugins, searchMillis);
            case TIMED_OUT -> new PlanningOutcome(SolveStatus.TIMED_OUT, plans, null, plans.isEmpty()
                    ? "No plan was found within the time limit of " + school.options().timeLimitSeconds() + " s."
                    : "The time limit of " + school.options().timeLimitSeconds() + " s ended the search; the plans "
                    + "shown are the best found, not all proven best.", plugins, searchMillis);
            case CANCELLED -> new PlanningOutcome(SolveStatus.CANCELLED, plans, null,
                    "Cancelled" + (plans.isEmpty() ? "." : "; the plans shown were found before the cancel."),
                    plugins, searchMillis);
        };
    }

    /**
     * A school proven to have no plan, with the diagnosis. A cancel during the diagnosis ends the solve CANCELLED
     * with what the diagnosis found so far; the time limit leaves it INFEASIBLE, saying which what-ifs were not tried.
     */
    /** The limits of an infeasible school's diagnosis: the solve's, ending when its answer is due. */
    private SolveControl answerDue(SolveControl control, Instant started) {
        return answerWithin == null ? control : control.until(started.plus(answerWithin));
    }

    private PlanningOutcome explained(SchoolRequest school, SolveControl control, List<String> plugins,
                                      long searchMillis) {
        Diagnosis diagnosis = diagnoser.diagnose(school, control);
        if (control.isCancelled()) {
            return new PlanningOutcome(SolveStatus.CANCELLED, List.of(), diagnosis, "Cancelled while explaining why "
                    + "the school has no plan (that is proven); the explanation is what was found before the cancel.",
                    plugins, searchMillis);
        }
        String message = diagnosis.unchecked().isEmpty() ? null : "The time for the diagnosis ran out: "
                + diagnosis.unchecked().size() + " of the single rule changes could not be tried.";
        return new PlanningOutcome(SolveStatus.INFEASIBLE, List.of(), diagnosis, message, plugins, searchMillis);
    }

    /**
     * The plan with each grade's children with a support plan placed in its classes. The rules' search keeps a
     * placement within their caps possible, so none is missing; should one be, the plan stays as it is and its
     * figures show the rule broken.
     */
    private static ClassPlan placed(ClassPlan plan, SchoolRequest school, SchoolRules rules) {
        ClassPlan placed = SupportedChildren.dealt(plan, school, rules);
        return placed == null ? plan : placed;
    }

    /**
     * Applies each rule to each plan. A rule that throws, runs past its time budget, or returns a plan that breaks a
     * hard rule, fails the solve with a message naming it: a broken policy must be seen, not silently skipped.
     */
    private static List<ClassPlan> balanced(List<ClassPlan> plans, SchoolRequest school, Policies policies,
                                            SchoolRules rules, List<String> plugins, PolicyWatch watch) {
        List<ClassPlan> balanced = new ArrayList<>();
        Map<BalancingRule, PolicyCall> calls = new IdentityHashMap<>();
        policies.balancing().forEach(rule -> calls.put(rule, watch.policy("balancing", rule.id())));
        for (ClassPlan plan : plans) {
            ClassPlan current = plan;
            for (BalancingRule rule : policies.balancing()) {
                ClassPlan before = current;
                ClassPlan candidate = calls.get(rule).call(() -> rule.balance(before, school));
                List<String> broken = new ArrayList<>(candidate == null ? List.of("It returned no plan.")
                        : PlanRules.violations(candidate, school));
                if (candidate != null) {
                    broken.addAll(RuleFigures.broken(candidate, rules, school));
                }
                if (!broken.isEmpty()) {
                    throw new PolicyFailure("The balancing policy '" + rule.id() + "' broke the school's rules: "
                            + String.join(" ", broken));
                }
                current = candidate;
            }
            balanced.add(current);
        }
        if (!plans.isEmpty()) {
            policies.balancing().forEach(rule -> plugins.add(rule.id() + "@" + rule.version()));
        }
        return balanced;
    }

    /** Best first by {@code objective}: how {@link #plan} ranks the plans of {@code school}. */
    public static Comparator<ClassPlan> ranking(Objective objective, ChildWeights weights, SchoolRequest school) {
        return new Ranking(objective, weights, ClassType.of(school)).comparator();
    }

    /**
     * Drops plans that are the same classes as a better one, sorts best first, numbers them and says why each ranks
     * where it does.
     */
    private static List<ClassPlan> ranked(List<ClassPlan> plans, SchoolRequest school, Ranking ranking) {
        Set<PlanShape> seen = new HashSet<>();
        List<ClassPlan> distinct = new ArrayList<>();
        for (ClassPlan plan : plans.stream().sorted(ranking.comparator()).toList()) {
            if (seen.add(PlanShape.of(school, plan))) {
                distinct.add(plan.withRank(distinct.size() + 1));
            }
        }
        return ranking.explained(distinct);
    }
}
