package org.classcruncher.plugins.balance;

import java.util.List;

import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Puts even class sizes first: the planner makes the spread of class sizes within each grade, then of all classes,
 * as small as it can, and only then uses fewest composites and most classes. For a district that would rather run
 * a composite than a class of 14 next to one of 24. Every child costs the same, so the weighting itself decides
 * nothing.
 */
public class BalanceFirst implements ObjectiveWeighting {

    @Override
    public String id() {
        return "balance-first";
    }

    @Override
    public String description() {
        return "Even class sizes first (within each grade, then overall), then fewest composites and most classes.";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public double childWeight(String grade, List<String> classGrades) {
        return 1;
    }

    @Override
    public List<String> levelOrder() {
        return List.of("gradeSpread", "overallSpread", "composites", "classes", "weighting");
    }
}
