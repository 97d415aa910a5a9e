package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.classcruncher.spi.ObjectiveWeighting;

/**
 * The lexicographic objective of a solve: its levels, most important first. Every objective has the two structure
 * levels ({@link ObjectiveLevel#COMPOSITES}, {@link ObjectiveLevel#CLASSES}) and at least one balance level, each
 * level at most once; {@link ObjectiveLevel#WEIGHTING} is there when a weighting plugin is chosen. The searches
 * decide the levels in this order, {@link Ranking} ranks and explains plans by it.
 */
public record Objective(List<ObjectiveLevel> levels) {

    /**
     * Fewest composites; most classes (use the teachers); the smallest largest class (a spare teacher relieves the
     * biggest classes); the least sum of squared class sizes (the evenest school); the smallest sum of within-grade
     * spreads (a tie-break).
     */
    private static final List<ObjectiveLevel> STANDARD = List.of(ObjectiveLevel.COMPOSITES, ObjectiveLevel.CLASSES,
            ObjectiveLevel.LARGEST_CLASS, ObjectiveLevel.EVENNESS, ObjectiveLevel.GRADE_SPREAD);

    /** What every objective has. */
    private static final List<ObjectiveLevel> REQUIRED = List.of(ObjectiveLevel.COMPOSITES, ObjectiveLevel.CLASSES);

    public Objective {
        levels = List.copyOf(levels);
        if (new LinkedHashSet<>(levels).size() != levels.size() || !levels.containsAll(REQUIRED)
                || levels.stream().noneMatch(ObjectiveLevel::needsBands)) {
            throw new IllegalArgumentException("an objective has each of " + REQUIRED
                    + " once, at least one balance level, and no level twice: " + levels);
        }
    }

    /** Fewest composites, most classes, smallest largest class, evenest sizes, smallest spreads within grades; then the weighting if any. */
    public static Objective standard(boolean weighted) {
        List<ObjectiveLevel> levels = new ArrayList<>(STANDARD);
        if (weighted) {
            levels.add(ObjectiveLevel.WEIGHTING);
        }
        return new Objective(levels);
    }

    /**
     * The objective a weighting plugin asks for with its {@link ObjectiveWeighting#levelOrder()}, called through
     * {@code policy}; standard without a plugin.
     *
     * @throws PolicyFailure naming the plugin when the order is not valid: unknown or repeated ids, composites or
     *                       classes or the weighting missing, or no balance level
     */
    public static Objective of(ObjectiveWeighting weighting, PolicyCall policy) {
        if (weighting == null) {
            return standard(false);
        }
        List<String> order = policy.call(weighting::levelOrder);
        List<String> problems = problems(order);
        if (!problems.isEmpty()) {
            throw new PolicyFailure("The weighting policy '" + weighting.id() + "' gave the level order " + order
                    + "; it must name composites, classes and weighting once each, and one or more of "
                    + BALANCE_IDS + " at most once each (" + String.join("; ", problems) + ").");
        }
        return new Objective(order.stream().map(id -> ObjectiveLevel.byId(id).orElseThrow()).toList());
    }

    /**
     * This objective with {@link ObjectiveLevel#OVER_TARGET} right after fewest composites, where plan rules set
     * targets: a plan goes over a target only when it must. An order that names the level keeps it where it is.
     */
    public Objective withOverTarget() {
        if (levels.contains(ObjectiveLevel.OVER_TARGET)) {
            return this;
        }
        List<ObjectiveLevel> withIt = new ArrayList<>(levels);
        withIt.add(levels.indexOf(ObjectiveLevel.COMPOSITES) + 1, ObjectiveLevel.OVER_TARGET);
        return new Objective(withIt);
    }

    /** Whether the weighting plugin's preferences are a level. */
    public boolean weighted() {
        return levels.contains(ObjectiveLevel.WEIGHTING);
    }

    /** Whether this is {@link #standard} (which the fast search is written for). */
    public boolean isStandard() {
        return equals(standard(weighted()));
    }

    /** The position of the first level that needs the size bands: the levels before it can do without them. */
    public int firstBandLevel() {
        for (int l = 0; l < levels.size(); l++) {
            if (levels.get(l).needsBands()) {
                return l;
            }
        }
        return levels.size();
    }

    private static List<String> problems(List<String> order) {
        if (order == null) {
            return List.of("it gave none");
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        EnumSet<ObjectiveLevel> named = EnumSet.noneOf(ObjectiveLevel.class);
        for (String id : order) {
            if (!seen.add(id)) {
                repeated.add(id);
            }
            ObjectiveLevel.byId(id).ifPresentOrElse(named::add, () -> problems.add("unknown: " + id));
        }
        if (!repeated.isEmpty()) {
            problems.add("repeated: " + String.join(", ", repeated));
        }
        List<String> missing = EnumSet.of(ObjectiveLevel.COMPOSITES, ObjectiveLevel.CLASSES, ObjectiveLevel.WEIGHTING)
                .stream().filter(level -> !named.contains(level)).map(ObjectiveLevel::id).toList();
        if (!missing.isEmpty()) {
            problems.add("missing: " + String.join(", ", missing));
        }
        if (named.stream().noneMatch(ObjectiveLevel::needsBands)) {
            problems.add("no balance level");
        }
        return problems;
    }

    private static final List<String> BALANCE_IDS = Arrays.stream(ObjectiveLevel.values())
            .filter(ObjectiveLevel::needsBands).map(ObjectiveLevel::id).toList();
}
