package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.RuleFigures;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.planner.rules.SupportedChildren;

/**
 * Plans a school with the default formulation: each plan is the lexicographic optimum, and each alternative is the
 * lexicographic optimum among the structures not yet found, so plans come out ranked and never repeat a structure.
 * The search is {@link PatternSearch} by default; {@link #reference} uses the one model as it was first written
 * ({@link MonolithicSearch}, unpruned), against which the benchmark checks every optimum. An objective whose levels
 * a weighting plugin reordered, which the default search is not written for, is searched with the pruned one model.
 */
public class StructurePlanner {

    private final StructureSearch search;
    private final MonolithicSearch oneModel;
    private final RuledPatternSearch byPattern;
    private final StraightOnlySearch straightOnly;
    private final FeasibilityCheck feasibility;

    public StructurePlanner(GlpkSolver solver) {
        this(new PatternSearch(solver), solver);
    }

    private StructurePlanner(StructureSearch search, GlpkSolver solver) {
        this.search = search;
        this.oneModel = new MonolithicSearch(solver, true);
        this.byPattern = new RuledPatternSearch(solver, oneModel);
        this.straightOnly = new StraightOnlySearch(solver);
        this.feasibility = new FeasibilityCheck(solver);
    }

    /** The reference formulation: one model, every run count, one MILP per level. */
    public static StructurePlanner reference(GlpkSolver solver) {
        return new StructurePlanner(new MonolithicSearch(solver, false), solver);
    }

    /** The plans of the standard objective ({@link Objective#standard}). */
    public SearchOutcome plan(SchoolRequest school, ChildWeights weights, boolean weighted, SolveControl control) {
        return plan(school, weights, Objective.standard(weighted), control);
    }

    public SearchOutcome plan(SchoolRequest school, ChildWeights weights, Objective objective, SolveControl control) {
        return plan(school, weights, objective, control, SchoolRules.none());
    }

    /**
     * The plans keeping the plan rules' limits ({@code school} has their caps already: {@link SchoolRules#capped}).
     * With rules, the one model with their rows is searched pattern by pattern ({@link RuledPatternSearch}; whole and
     * unpruned in the reference formulation).
     */
    public SearchOutcome plan(SchoolRequest school, ChildWeights weights, Objective objective, SolveControl control,
                              SchoolRules rules) {
        List<ClassPlan> plans = new ArrayList<>();
        List<List<Integer>> found = new ArrayList<>();
        if (!rules.isEmpty() && !rules.hasTargets() && search.handles(objective)
                && !(search instanceof MonolithicSearch)) {
            SearchOutcome screened = screened(school, weights, objective, control, rules, plans, found);
            if (screened != null) {
                return screened;
            }
        }
        StructureSearch.Alternatives alternatives;
        if (rules.isEmpty() && search.handles(objective)) {
            alternatives = search.of(school, weights, objective);
        } else if (search instanceof MonolithicSearch reference) {
            alternatives = reference.of(school, weights, objective, rules);
        } else if (rules.isEmpty()) {
            alternatives = oneModel.of(school, weights, objective);
        } else {
            alternatives = byPattern.of(school, weights, objective, rules);
        }
        return search(school, rules.types(school), alternatives, plans, found, control);
    }

    /**
     * The plans of the fast search without the rules, as long as each keeps them: the best plan without a limit that
     * keeps it is the best within it, and so on down the alternatives, so they are the rules' plans too. Most rules
     * bind few schools, which then cost no more than without them. Answers the whole outcome, or {@code null} at the
     * first plan that breaks a rule, with the plans before it in {@code plans} and {@code found} for the rules'
     * search to go on from.
     */
    private SearchOutcome screened(SchoolRequest school, ChildWeights weights, Objective objective,
                                   SolveControl control, SchoolRules rules, List<ClassPlan> plans,
                                   List<List<Integer>> found) {
        List<ClassType> types = ClassType.of(school);
        StructureSearch.Alternatives plain = search.of(school, weights, objective);
        while (plans.size() < school.options().alternatives()) {
            if (control.isCancelled() || control.expired()) {
                return new SearchOutcome(plans, control.isCancelled() ? SearchOutcome.Ending.CANCELLED
                        : SearchOutcome.Ending.TIMED_OUT);
            }
            SearchStep step = plain.next(found, control);
            if (step.structure() == null) {
                // No structure is left at all, so none within the rules either.
                return new SearchOutcome(plans, ending(step.stop(), plans.isEmpty()));
            }
            ClassPlan plan = StructurePlanReader.read(school, types, step.structure(), step.optimal(), step.gap())
                    .withRank(plans.size() + 1);
            ClassPlan placed = SupportedChildren.dealt(plan, school, rules);
            if (!step.optimal() || placed == null || !RuleFigures.broken(placed, rules, school).isEmpty()) {
                return null;
            }
            plans.add(plan);
            found.add(step.structure().classes());
        }
        return new SearchOutcome(plans, SearchOutcome.Ending.COMPLETE);
    }

    /** Asks {@code alternatives} for plans until there are enough, none is left, or the limits stop it. */
    private static SearchOutcome search(SchoolRequest school, List<ClassType> types,
                                        StructureSearch.Alternatives alternatives, List<ClassPlan> plans,
                                        List<List<Integer>> found, SolveControl control) {
        List<ClassType> plainTypes = ClassType.of(school);
        while (plans.size() < school.options().alternatives()) {
            if (control.isCancelled()) {
                return new SearchOutcome(plans, SearchOutcome.Ending.CANCELLED);
            }
            if (control.expired()) {
                return new SearchOutcome(plans, SearchOutcome.Ending.TIMED_OUT);
            }
            SearchStep step = alternatives.next(found, control);
            if (step.structure() != null) {
                plans.add(StructurePlanReader.read(school, types, step.structure(), step.optimal(), step.gap())
                        .withRank(plans.size() + 1));
                found.add(SchoolRules.plainCounts(types, step.structure().classes(), plainTypes));
            }
            if (!step.optimal()) {
                return new SearchOutcome(plans, ending(step.stop(), plans.isEmpty()));
            }
        }
        return new SearchOutcome(plans, SearchOutcome.Ending.COMPLETE);
    }

    private static SearchOutcome.Ending ending(MilpSolution.Outcome stop, boolean nothingFound) {
        if (stop == MilpSolution.Outcome.INFEASIBLE) {
            return nothingFound ? SearchOutcome.Ending.INFEASIBLE : SearchOutcome.Ending.COMPLETE;
        }
        return SearchOutcome.Ending.stoppedBy(stop);
    }

    /** Whether the school has a plan at all. {@code null} when the limits stopped the solve first. */
    public Boolean feasible(SchoolRequest school, SolveControl control) {
        return feasibility.feasible(school, control);
    }

    /**
     * Whether the school has a plan keeping the rules' limits; {@code null} when the limits stopped it first. A plan
     * with straight classes only, where there is one, is found in the small model of {@link StraightOnlySearch};
     * else the one model with the rules' rows decides.
     */
    public Boolean feasible(SchoolRequest school, SolveControl control, SchoolRules rules) {
        if (rules.isEmpty()) {
            return feasible(school, control);
        }
        SchoolRequest capped = rules.capped(school);
        Boolean straight = straightOnly.hasPlan(capped, rules, control);
        return Boolean.TRUE.equals(straight) ? Boolean.TRUE : oneModel.feasible(capped, control, rules);
    }

    /**
     * The fewest classes any plan of the school needs within its teachers; -1 if it has no plan, {@code null} if the
     * limits stopped it. The plan that proves it is a plan with that many teachers.
     */
    public Integer fewestClasses(SchoolRequest school, SolveControl control) {
        return oneModel.fewestClasses(school, control);
    }
}
