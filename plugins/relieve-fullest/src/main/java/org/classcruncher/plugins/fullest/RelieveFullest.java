package org.classcruncher.plugins.fullest;

import java.util.List;

import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Relieves the class that is fullest against its own cap, rather than the largest class: after fewest composites and
 * most classes, the planner makes the fullest class (its size over its grade's or composite's cap) as little full as
 * it can, and only then evens the sizes out. With kindergarten capped at 24 and grade 6 at 30, a spare teacher goes
 * to a kindergarten of 24 in every class before a grade 6 of 27 in every class, which the standard order (smallest
 * largest class) would relieve first. Every child costs the same, so the weighting itself decides nothing.
 */
public class RelieveFullest implements ObjectiveWeighting {

    @Override
    public String id() {
        return "relieve-fullest";
    }

    @Override
    public String description() {
        return "After fewest composites and most classes, the least full fullest class against its own cap "
                + "(24 of 24 is fuller than 27 of 30), then even class sizes.";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public double childWeight(String grade, List<String> classGrades) {
        return 1;
    }

    /** The standard order with {@code largestFullness} in place of {@code largestClass}. */
    @Override
    public List<String> levelOrder() {
        return List.of("composites", "classes", "largestFullness", "evenness", "gradeSpread", "weighting");
    }
}
