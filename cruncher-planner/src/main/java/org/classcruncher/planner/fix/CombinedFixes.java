package org.classcruncher.planner.fix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * Up to {@value #MOST} combined fixes with the school's own teachers, fewest rules first: {@link CombinedFixModel}'s
 * fewest rules bent (proven optimal), then the smallest amounts for those rules; then, with that set of rules cut off
 * (every set containing it too: it would not be smallest), the next, and so on. Rules that alone suffice (the single
 * rule changes found) are cut off from the start. Each fix is verified by solving the school its change describes
 * ({@link BlockwiseCheck}) before it is kept; what the time did not reach is not listed (a fix the second level did
 * not reach neither). No MILP of its own starts when the time left is shorter than the last one ran before it could
 * be stopped (the first one's judged by its size).
 */
public final class CombinedFixes {

    public static final int MOST = 3;

    private final StructurePlanner planner;
    private final GlpkSolver solver;
    private final Duration verify;

    /** @param verify the time for solving the school each fix changes */
    public CombinedFixes(StructurePlanner planner, GlpkSolver solver, Duration verify) {
        this.planner = planner;
        this.solver = solver;
        this.verify = verify;
    }

    /**
     * @param need       each block's fewest classes ({@link FewestTeachers})
     * @param sufficient rules that alone give a plan (not combined with others again)
     */
    public List<CombinedFix> of(SchoolRequest school, FewestTeachers.Need need, Set<Rule> sufficient,
                                SolveControl control) {
        BlockwiseCheck check = new BlockwiseCheck(planner, school, need);
        List<Set<Rule>> excluded = new ArrayList<>();
        sufficient.forEach(rule -> excluded.add(Set.of(rule)));
        List<CombinedFix> fixes = new ArrayList<>();
        Duration unstoppable = Duration.ZERO;
        while (fixes.size() < MOST) {
            CombinedFixModel model = CombinedFixModel.build(school, excluded);
            unstoppable = max(unstoppable, firstGuess(model.milp()));
            if (!startable(unstoppable, control)) {
                break;
            }
            MilpSolution fewest = solver.solve(model.milp(), control.remaining(), control.cancelled());
            unstoppable = max(unstoppable, fewest.unstoppable());
            if (!fewest.outcome().hasSolution()) {
                break;
            }
            if (!startable(unstoppable, control)) {
                break;
            }
            MilpSolution smallest = smallest(model, fewest, control);
            unstoppable = max(unstoppable, smallest.unstoppable());
            if (!smallest.outcome().hasSolution()) {
                // The first level's amounts are any that work ("a group as small as 1" where 6 would do): not a fix
                // to offer a principal.
                break;
            }
            if (control.isCancelled() || control.expired()) {
                // Its verification could not settle.
                break;
            }
            CombinedFix fix = read(model, smallest, fewest.outcome() == MilpSolution.Outcome.OPTIMAL
                    && smallest.outcome() == MilpSolution.Outcome.OPTIMAL);
            if (fix.rules().isEmpty()) {
                break;
            }
            excluded.add(fix.rules());
            if (check.settle(fix.change().applyTo(school), control.within(verify)) == BlockwiseCheck.Verdict.PLAN) {
                fixes.add(fix);
            }
            if (fewest.outcome() != MilpSolution.Outcome.OPTIMAL) {
                break;
            }
        }
        return fixes;
    }

    /**
     * Before the first MILP, a guess at what it will run before it can be stopped: 0.1 ms per column, as measured on
     * {@code tight-08} (about 300 ms for 2,886 columns; a K-6 school's model has a few hundred).
     */
    private static Duration firstGuess(MilpModel milp) {
        return Duration.ofNanos(100_000L * milp.columns().size());
    }

    /**
     * Whether a MILP of this school's model may start: not when what its like took before it could be stopped (the
     * model's load, GLPK's presolver and first LP) is more than the time left, for it would hold the answer past its
     * due time (by 200 ms, measured on {@code tight-08}).
     */
    private static boolean startable(Duration unstoppable, SolveControl control) {
        return !control.isCancelled() && !control.expired() && control.remaining().compareTo(unstoppable) >= 0;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The second level: the smallest amounts for the rules the first level bent (each bent, no other), proven
     * optimal. Comparing the amounts of every set of as few rules as well took GLPK seconds where the first level took
     * 0.2 s (a 15-teacher K-6 school), so the next set of as few rules is the next fix instead.
     */
    private MilpSolution smallest(CombinedFixModel model, MilpSolution fewest, SolveControl control) {
        MilpModel level = model.milp().copy();
        for (CombinedFixModel.Bend bend : model.bends().values()) {
            level.addEquality("fixedRule[" + level.columns().get(bend.bent()).name() + "]", Map.of(bend.bent(), 1.0),
                    fewest.intValue(bend.bent()));
        }
        level.minimise(model.amounts());
        return solver.solve(level, control.remaining(), control.cancelled());
    }

    private static CombinedFix read(CombinedFixModel model, MilpSolution solution, boolean proven) {
        Map<Rule, Integer> bent = new LinkedHashMap<>();
        // Said in this order: composites allowed, caps raised, minimums lowered, the smallest group lowered.
        List<CombinedFixModel.Bend> bends = new ArrayList<>(model.bends().values());
        bends.sort(java.util.Comparator.comparing(bend -> List.of(Rule.Kind.COMPOSITE, Rule.Kind.LARGEST_CLASS,
                Rule.Kind.SMALLEST_CLASS, Rule.Kind.SMALLEST_GROUP).indexOf(bend.rule().kind())));
        for (CombinedFixModel.Bend bend : bends) {
            if (solution.intValue(bend.bent()) == 0) {
                continue;
            }
            if (bend.amount() < 0) {
                bent.put(bend.rule(), 1);
                continue;
            }
            int amount = solution.intValue(bend.amount());
            if (amount == 0) {
                continue;
            }
            bent.put(bend.rule(), bend.rule().kind() == Rule.Kind.LARGEST_CLASS ? bend.before() + amount
                    : bend.before() - amount);
        }
        return new CombinedFix(bent, proven);
    }
}
