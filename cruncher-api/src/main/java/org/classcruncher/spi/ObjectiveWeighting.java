package org.classcruncher.spi;

import java.util.List;

/**
 * A policy that weights the planner's objective: how much it costs to place one child of a grade in a class made
 * of certain grades. The planner minimises the total cost, so a higher weight makes such placements rarer (e.g.
 * weight composites above straight classes to prefer straight classes).
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
}
