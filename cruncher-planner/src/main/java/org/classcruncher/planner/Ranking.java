package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.ClassPlan;

/**
 * Ranks plans by an {@link Objective}, level after level, and says in one sentence why each ranks where it does.
 * Costs by the weighting policy are compared to a millionth, so that sums of the same weights in another order tie.
 */
public final class Ranking {

    private final Objective objective;
    private final ChildWeights weights;
    private final List<ClassType> types;
    private final Map<ClassPlan, double[]> values = new IdentityHashMap<>();

    /** @param types the school's class types (the caps {@link ObjectiveLevel#LARGEST_FULLNESS} measures against) */
    public Ranking(Objective objective, ChildWeights weights, List<ClassType> types) {
        this.objective = objective;
        this.weights = weights;
        this.types = List.copyOf(types);
    }

    /** Best first. */
    public Comparator<ClassPlan> comparator() {
        return (a, b) -> {
            double[] first = values(a);
            double[] second = values(b);
            for (int l = 0; l < first.length; l++) {
                int order = Double.compare(first[l], second[l]);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
    }

    /** The plans, ranked and numbered best first, each with its {@link ClassPlan#rankReason}. */
    public List<ClassPlan> explained(List<ClassPlan> ranked) {
        List<ClassPlan> explained = new ArrayList<>();
        for (int p = 0; p < ranked.size(); p++) {
            explained.add(ranked.get(p).withRankReason(largestFirst(ranked, p) + reason(ranked, p)));
        }
        return explained;
    }

    /**
     * "Largest class 21; plan 1: 20. " when the objective weighs the largest class: the figure a principal looks at
     * first, said before the reason whatever level decided the rank.
     */
    private String largestFirst(List<ClassPlan> ranked, int p) {
        if (ranked.size() == 1 || !objective.levels().contains(ObjectiveLevel.LARGEST_CLASS)) {
            return "";
        }
        StringBuilder figures = new StringBuilder("Largest class " + ranked.get(p).summary().largestClass());
        if (p > 0) {
            figures.append("; plan 1: ").append(ranked.get(0).summary().largestClass());
        }
        return figures.append(". ").toString();
    }

    private String reason(List<ClassPlan> ranked, int p) {
        if (ranked.size() == 1) {
            return "The only plan found.";
        }
        boolean last = p == ranked.size() - 1;
        ClassPlan plan = ranked.get(p);
        ClassPlan other = ranked.get(last ? p - 1 : p + 1);
        double[] mine = values(plan);
        double[] theirs = values(other);
        int differs = 0;
        while (differs < mine.length && mine[differs] == theirs[differs]) {
            differs++;
        }
        String lead = (last ? "Ranked below plan " : "Ranked above plan ") + other.rank() + ": ";
        if (differs == mine.length) {
            return lead + "the same on every level (" + same(mine, mine.length) + "); it was found "
                    + (last ? "later." : "first.");
        }
        ObjectiveLevel level = objective.levels().get(differs);
        String mineShown = level.shown(mine[differs]);
        String theirsShown = level.shown(theirs[differs]);
        if (p == 0 && differs == 0) {
            String best = level == ObjectiveLevel.WEIGHTING ? "it best meets " + level.phrase()
                    : "it has the " + level.phrase();
            return "Ranked first: " + best + " (" + mineShown + ", against " + theirsShown + " in plan "
                    + other.rank() + ").";
        }
        return lead + (differs > 0 ? "same " + same(mine, differs) + "; " : "") + level.comparative(!last) + " ("
                + mineShown + " against " + theirsShown + ").";
    }

    /** "composites (0) and classes (22)" for the first {@code count} levels. */
    private String same(double[] values, int count) {
        List<String> figures = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            ObjectiveLevel level = objective.levels().get(l);
            figures.add(level.figure() + " (" + level.shown(values[l]) + ")");
        }
        if (figures.size() == 1) {
            return figures.get(0);
        }
        return String.join(", ", figures.subList(0, figures.size() - 1)) + " and " + figures.get(figures.size() - 1);
    }

    private double[] values(ClassPlan plan) {
        return values.computeIfAbsent(plan, p -> objective.levels().stream()
                .mapToDouble(level -> {
                    double value = level.value(p, weights, types);
                    return level.integral() ? value : Math.rint(value * 1e6) / 1e6;
                })
                .toArray());
    }
}
