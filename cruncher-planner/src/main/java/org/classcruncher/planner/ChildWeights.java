package org.classcruncher.planner;

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

    /**
     * The plugin's weights, or equal ones when there is no plugin; a plugin that throws, answers a weight that is
     * not positive and finite, or runs past its time budget fails the solve.
     */
    static ChildWeights of(ObjectiveWeighting weighting, PolicyWatch watch) {
        return weighting == null ? equal() : of(weighting, watch.policy("weighting", weighting.id()));
    }

    /** The plugin's weights, each asked through {@code policy}, the plugin's account of calls in this solve. */
    static ChildWeights of(ObjectiveWeighting weighting, PolicyCall policy) {
        return (grade, classGrades) -> {
            double weight = policy.call(() -> weighting.childWeight(grade, classGrades));
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new PolicyFailure("The weighting policy '" + weighting.id() + "' gave " + weight
                        + " for grade " + grade + " in " + String.join("/", classGrades)
                        + "; weights must be positive and finite.");
            }
            return weight;
        };
    }
}
