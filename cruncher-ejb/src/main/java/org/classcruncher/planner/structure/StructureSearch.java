package org.classcruncher.planner.structure;

import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.SolveControl;

/** Finds a school's plans one after the other: each the lexicographic optimum among the structures not found. */
public interface StructureSearch {

    /**
     * Starts the search for one school's plans.
     *
     * @param weighted whether the weighted children are the objective's last level
     */
    Alternatives of(SchoolRequest school, ChildWeights weights, boolean weighted);

    /** The search of one school, which may remember what it learnt from one plan to the next. */
    interface Alternatives {

        /** @param found structures found before (classes per type) */
        SearchStep next(List<List<Integer>> found, SolveControl control);
    }
}
