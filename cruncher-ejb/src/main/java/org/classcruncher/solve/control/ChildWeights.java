package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.spi.ObjectiveWeighting;

/** The cost of one child of a grade in a class of certain grades: what the weighted objective minimises. */
@FunctionalInterface
public interface ChildWeights {

    double of(String grade, List<String> classGrades);

    /** Every child costs 1. */
    static ChildWeights equal() {
        return (grade, classGrades) -> 1;
    }

    /** The plugin's weights, or equal ones when there is no plugin. */
    static ChildWeights of(ObjectiveWeighting weighting) {
        return weighting == null ? equal() : weighting::childWeight;
    }
}
