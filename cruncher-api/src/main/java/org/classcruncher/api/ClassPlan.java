package org.classcruncher.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to organise the school into classes.
 *
 * @param rank    1 for the best plan of a result, 2 for the next…
 * @param classes the classes, straight classes first in grade order, then composites
 * @param summary the figures of these classes
 * @param optimal whether the solver proved no better plan exists for its objective
 * @param gap        the relative gap between this plan and the best bound when not proven optimal, else
 *                   {@code null}
 * @param rankReason why the plan ranks where it does, in one sentence comparing it with the plan below it (the last
 *                   plan: with the plan above), e.g. "Ranked first: it has the fewest composite classes (0, against 1
 *                   in plan 2)."; {@code null} until the plans of a result are ranked
 * @param adjustment who adjusted the plan by hand, from which plan, when; {@code null} for a plan as the planner
 *                   made it. Adjusted plans follow the planner's, in the order they were saved.
 * @param rules      how the plan stands against each limit of the solve's plan rules (empty without rules)
 */
public record ClassPlan(int rank, List<PlannedClass> classes, PlanSummary summary, boolean optimal, Double gap,
                        String rankReason, Adjustment adjustment, List<RuleFigure> rules) implements Serializable {

    public ClassPlan {
        classes = List.copyOf(classes);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * A plan not ranked yet (no {@link #rankReason}), its summary computed. The record has one constructor only, as
     * JSON-B reads a record through its only constructor: build plans with this and the {@code with…} methods.
     */
    public static ClassPlan of(int rank, List<PlannedClass> classes, boolean optimal, Double gap) {
        return new ClassPlan(rank, classes, PlanSummary.of(classes), optimal, gap, null, null, List.of());
    }

    /** The same plan with other classes (e.g. after balancing), its summary recomputed and its rank reason dropped. */
    public ClassPlan withClasses(List<PlannedClass> newClasses) {
        return of(rank, newClasses, optimal, gap);
    }

    /**
     * The children of each class, one row per class and one entry per subclass in the class's order: the form a
     * balancing rule moves children in before handing the plan back with {@link #withChildren}.
     */
    public int[][] children() {
        int[][] children = new int[classes.size()][];
        for (int c = 0; c < classes.size(); c++) {
            children[c] = classes.get(c).subclasses().stream().mapToInt(Subclass::children).toArray();
        }
        return children;
    }

    /** The same classes (labels, grades, order) with these children, as {@link #children} lays them out. */
    public ClassPlan withChildren(int[][] children) {
        List<PlannedClass> changed = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            PlannedClass plannedClass = classes.get(c);
            List<Subclass> subclasses = new ArrayList<>();
            for (int s = 0; s < plannedClass.subclasses().size(); s++) {
                subclasses.add(new Subclass(plannedClass.subclasses().get(s).grade(), children[c][s]));
            }
            // The children with a support plan stay in their class, as many as it still has children.
            PlannedClass moved = PlannedClass.of(plannedClass.label(), subclasses);
            changed.add(moved.withSupported(Math.min(plannedClass.supported(), moved.total())));
        }
        return withClasses(changed);
    }

    public ClassPlan withRank(int newRank) {
        return new ClassPlan(newRank, classes, summary, optimal, gap, rankReason, adjustment, rules);
    }

    /**
     * The same plan with these classes: the same children in each, in the same order, with their children with a
     * support plan placed.
     */
    public ClassPlan withSupportedClasses(List<PlannedClass> placed) {
        return new ClassPlan(rank, placed, summary, optimal, gap, rankReason, adjustment, rules);
    }

    /** The same plan with how it stands against each limit of the solve's plan rules. */
    public ClassPlan withRules(List<RuleFigure> figures) {
        return new ClassPlan(rank, classes, summary, optimal, gap, rankReason, adjustment, figures);
    }

    /** The same plan with the sentence that says why it ranks where it does. */
    public ClassPlan withRankReason(String reason) {
        return new ClassPlan(rank, classes, summary, optimal, gap, reason, adjustment, rules);
    }

    /**
     * A plan adjusted by hand: these classes, ranked after the planner's plans, not proven optimal (no objective
     * made it), marked with who adjusted it.
     */
    public static ClassPlan adjusted(int rank, List<PlannedClass> classes, Adjustment adjustment) {
        return new ClassPlan(rank, classes, PlanSummary.of(classes), false, null,
                "Adjusted by hand by " + adjustment.by() + " from plan " + adjustment.from() + ".", adjustment, List.of());
    }

    public boolean isAdjusted() {
        return adjustment != null;
    }
}
