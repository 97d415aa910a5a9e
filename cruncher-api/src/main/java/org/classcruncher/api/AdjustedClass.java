package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * One class of a plan adjusted by hand, as a client sends it.
 *
 * @param label      the class's name, e.g. "2 B" (absent: named after its grades, as the planner names classes)
 * @param subclasses the children of each of its grades; a grade with 0 children is left out of the class
 */
public record AdjustedClass(String label, List<Subclass> subclasses) implements Serializable {

    public AdjustedClass {
        subclasses = Checks.entries(subclasses == null ? List.of() : subclasses, SchoolRequest.MAX_GRADES,
                "subclasses");
    }
}
