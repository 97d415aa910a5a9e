package org.classcruncher.plugins.straight;

import java.util.List;

import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Makes a child in a composite class cost as many times more as the class has grades, so the planner uses
 * composites only where the size rules leave no other way, and prefers 2-grade over 3-grade composites.
 */
public class PreferStraightClasses implements ObjectiveWeighting {

    @Override
    public String id() {
        return "prefer-straight-classes";
    }

    @Override
    public String description() {
        return "Prefers straight (single-grade) classes: each child in a composite counts once per grade of "
                + "that composite.";
    }

    @Override
    public double childWeight(String grade, List<String> classGrades) {
        return classGrades.size();
    }
}
