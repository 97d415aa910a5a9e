package org.classcruncher.planner.structure;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.SolveControl;

/** Finds a school's plans one after the other: each the lexicographic optimum among the structures not found. */
public interface StructureSearch {

    /**
     * Starts the search for one school's plans.
     *
     * @param weighted whether the weighted children are the objective's last level
     */
    Alternatives of(SchoolRequest school, ChildWeights weights, boolean weighted);

    /** Whether it can search for this objective's optima; by default only for the standard order. */
    default boolean handles(Objective objective) {
        return objective.isStandard();
    }

    /**
     * Starts the search for one school's plans, optimal for {@code objective}.
     *
     * @throws IllegalArgumentException when it does not {@link #handles handle} the objective
     */
    default Alternatives of(SchoolRequest school, ChildWeights weights, Objective objective) {
        if (!handles(objective)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " searches the standard objective only, "
                    + "not " + objective.levels());
        }
        return of(school, weights, objective.weighted());
    }

    /** The search of one school, which may remember what it learnt from one plan to the next. */
    interface Alternatives {

        /** @param found structures found before (classes per type) */
        SearchStep next(List<List<Integer>> found, SolveControl control);
    }
}
