package org.classcruncher.planner;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    OVER_TARGET("overTarget", "fewest children above their class's target", "fewer children above targets",
            "more children above targets", "children above targets", false, true),
    CLASSES("classes", "most classes", "more classes", "fewer classes", "classes", false, true),
    LARGEST_CLASS("largestClass", "smallest largest class", "smaller largest class", "larger largest class",
            "largest class", true, true),
    EVENNESS("evenness", "evenest class sizes (least sum of squared sizes)",
            "evener class sizes, by the sum of squared sizes", "less even class sizes, by the sum of squared sizes",
            "sum of squared class sizes", true, true),
    LARGEST_FULLNESS("largestFullness", "least full fullest class (size against its own cap)",
            "less full fullest class", "fuller fullest class", "fullest class", true, false),
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

    /** Whether the one-model formulation needs the size bands for it (the balance levels, every one after classes). */
    public boolean needsBands() {
        return needsBands;
    }

    /** Whether its optimum is a whole number, so that it can be fixed exactly. */
    public boolean integral() {
        return integral;
    }

    /**
     * Its value on a plan, lower being better: minus the count for {@link #CLASSES}.
     *
     * @param types the school's class types, whose caps {@link #LARGEST_FULLNESS} measures the classes against and
     *              whose targets {@link #OVER_TARGET} counts the children above
     */
    public double value(ClassPlan plan, ChildWeights weights, List<ClassType> types) {
        return switch (this) {
            case COMPOSITES -> plan.summary().composites();
            case OVER_TARGET -> overTarget(plan, types);
            case CLASSES -> -plan.summary().classes();
            case LARGEST_CLASS -> plan.summary().largestClass();
            case EVENNESS -> plan.classes().stream().mapToLong(c -> (long) c.total() * c.total()).sum();
            case LARGEST_FULLNESS -> fullest(plan, types);
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

    /** The value as people read it: the count of classes, a share of the cap in percent, a cost without trailing zeros. */
    String shown(double value) {
        if (this == CLASSES) {
            return String.valueOf(-(long) value);
        }
        if (this == LARGEST_FULLNESS) {
            return BigDecimal.valueOf(Math.rint(value * 1000) / 10).stripTrailingZeros().toPlainString() + " % of its cap";
        }
        if (integral) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(Math.rint(value * 1000) / 1000).stripTrailingZeros().toPlainString();
    }

    /** Children above their class's target ({@link ClassType#target}), summed over the classes. */
    private static double overTarget(ClassPlan plan, List<ClassType> types) {
        long over = 0;
        for (PlannedClass plannedClass : plan.classes()) {
            Integer target = types.stream().filter(type -> type.grades().equals(plannedClass.grades()))
                    .map(ClassType::target).filter(Objects::nonNull).findFirst().orElse(null);
            if (target != null) {
                over += Math.max(0, plannedClass.total() - target);
            }
        }
        return over;
    }

    /** The largest share of its own cap any class holds; a class of no type of the school counts as full. */
    private static double fullest(ClassPlan plan, List<ClassType> types) {
        double fullest = 0;
        for (PlannedClass plannedClass : plan.classes()) {
            int cap = types.stream().filter(type -> type.grades().equals(plannedClass.grades()))
                    .mapToInt(type -> type.limits().max()).findFirst().orElse(plannedClass.total());
            fullest = Math.max(fullest, cap == 0 ? 1 : (double) plannedClass.total() / cap);
        }
        return fullest;
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
