package org.classcruncher.spi;

import java.util.List;

/**
 * A policy that weights the planner's objective: how much it costs to place one child of a grade in a class made
 * of certain grades. The planner minimises the total cost, so a higher weight makes such placements rarer (e.g.
 * weight composites above straight classes to prefer straight classes). It may also reorder the levels of the
 * lexicographic objective ({@link #levelOrder}).
 *
 * <p>Discovered with {@link java.util.ServiceLoader}; a district drops its jar into the server's plugins folder.
 * Methods added later come with {@code default} implementations so that existing plugins keep working.
 */
public interface ObjectiveWeighting {

    /** A short unique id, chosen in a request's {@code options.weighting}. */
    String id();

    /** The plugin's own version, recorded in every result it shaped. */
    default String version() {
        return "1";
    }

    /** One sentence for administrators: what this weighting prefers. */
    String description();

    /**
     * The cost of one child of {@code grade} in a class of {@code classGrades} (one grade for a straight class).
     * Must be positive and finite.
     */
    double childWeight(String grade, List<String> classGrades);

    /** The ids of the objective's levels, in the order the planner decides them unless a weighting reorders them. */
    List<String> STANDARD_LEVEL_ORDER = List.of("composites", "classes", "largestClass", "evenness", "gradeSpread",
            "weighting");

    /**
     * The levels of the lexicographic objective, most important first: the planner finds the best plan on the first
     * level, then the best among those on the second, and so on. The ids are {@code composites} (fewest composite
     * classes), {@code classes} (most classes), the balance levels {@code largestClass} (the smallest largest class),
     * {@code evenness} (the least sum of squared class sizes: the evenest school), {@code gradeSpread} (smallest
     * spread of class sizes within each grade, summed over the grades), {@code overallSpread} (smallest spread of
     * all class sizes), {@code largestFullness} (the least full fullest class: its size against its own cap, so 24
     * of 24 counts fuller than 26 of 30), and {@code weighting} (least total cost by {@link #childWeight}).
     *
     * <p>The default is {@link #STANDARD_LEVEL_ORDER}: the weighting only decides between plans equal on every
     * other level. A district may reorder the levels and put its weighting anywhere, e.g. balance first
     * ({@code largestClass, evenness, composites, classes, weighting}: smaller classes even at the cost of a
     * composite), "prefer composites of older grades before using more teachers"
     * ({@code composites, weighting, classes, largestClass, evenness, gradeSpread}), or relieve the fullest class
     * against its cap ({@code composites, classes, largestFullness, evenness, gradeSpread, weighting}).
     *
     * <p>The list must name {@code composites}, {@code classes} and {@code weighting} once each and one or more
     * balance levels at most once each; any other answer fails the solve with a message naming this policy. Added in
     * SPI 1.1 (the balance levels {@code largestClass}, {@code evenness} and {@code largestFullness} in 1.2); a
     * plugin built for 1.0 gets the default. A non-standard order is solved with the one-model formulation, which
     * may be slower on large schools.
     */
    default List<String> levelOrder() {
        return STANDARD_LEVEL_ORDER;
    }
}
