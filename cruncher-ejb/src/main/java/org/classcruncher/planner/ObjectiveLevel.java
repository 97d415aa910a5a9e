package org.classcruncher.planner;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.Subclass;

/**
 * One level of the lexicographic objective: what it prefers, in the words people read, and its value on a finished
 * plan, lower being better. The one-model formulation builds each level's row from it
 * ({@link org.classcruncher.planner.structure.StructureModelBuilder}); the {@link Objective} orders them.
 */
public enum ObjectiveLevel {

    COMPOSITES("composites", "fewest composite classes", "fewer composite classes", "more composite classes",
            "composites", false, true),
    CLASSES("classes", "most classes", "more classes", "fewer classes", "classes", false, true),
    GRADE_SPREAD("gradeSpread", "smallest spread of class sizes within each grade",
            "smaller spread of class sizes within each grade", "larger spread of class sizes within each grade",
            "spread within grades", true, true),
    OVERALL_SPREAD("overallSpread", "smallest spread of all class sizes", "smaller spread of all class sizes",
            "larger spread of all class sizes", "overall spread", true, true),
    WEIGHTING("weighting", "the weighting policy's preferences", "lower cost by the weighting policy",
            "higher cost by the weighting policy", "cost by the weighting policy", false, false);

    private final String id;
    private final String phrase;
    private final String better;
    private final String worse;
    private final String figure;
    private final boolean needsBands;
    private final boolean integral;

    ObjectiveLevel(String id, String phrase, String better, String worse, String figure, boolean needsBands,
                   boolean integral) {
        this.id = id;
        this.phrase = phrase;
        this.better = better;
        this.worse = worse;
        this.figure = figure;
        this.needsBands = needsBands;
        this.integral = integral;
    }

    /** The id a weighting plugin names it by in {@code levelOrder()}. */
    public String id() {
        return id;
    }

    /** What the level prefers, e.g. "fewest composite classes". */
    public String phrase() {
        return phrase;
    }

    /** Whether the one-model formulation needs the size bands for it (the spread levels). */
    public boolean needsBands() {
        return needsBands;
    }

    /** Whether its optimum is a whole number, so that it can be fixed exactly. */
    public boolean integral() {
        return integral;
    }

    /** Its value on a plan, lower being better: minus the count for {@link #CLASSES}. */
    public double value(ClassPlan plan, ChildWeights weights) {
        return switch (this) {
            case COMPOSITES -> plan.summary().composites();
            case CLASSES -> -plan.summary().classes();
            case GRADE_SPREAD -> plan.summary().gradeSpread().values().stream().mapToInt(Integer::intValue).sum();
            case OVERALL_SPREAD -> plan.summary().spread();
            case WEIGHTING -> weighted(plan, weights);
        };
    }

    /** The level whose id this is. */
    public static Optional<ObjectiveLevel> byId(String id) {
        return Arrays.stream(values()).filter(level -> level.id.equals(id)).findFirst();
    }

    /** "fewer composite classes" when {@code better}, else "more composite classes". */
    String comparative(boolean better) {
        return better ? this.better : worse;
    }

    /** What its figure is called, e.g. "composites" in "same composites (0)". */
    String figure() {
        return figure;
    }

    /** The value as people read it: the count of classes, a cost without trailing zeros. */
    String shown(double value) {
        if (this == CLASSES) {
            return String.valueOf(-(long) value);
        }
        if (integral) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(Math.rint(value * 1000) / 1000).stripTrailingZeros().toPlainString();
    }

    private static double weighted(ClassPlan plan, ChildWeights weights) {
        double total = 0;
        for (PlannedClass plannedClass : plan.classes()) {
            for (Subclass subclass : plannedClass.subclasses()) {
                total += weights.of(subclass.grade(), plannedClass.grades()) * subclass.children();
            }
        }
        return total;
    }
}
