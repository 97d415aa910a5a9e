package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * A plan of a solve adjusted by hand: the classes as they should be, and the plan they started from.
 *
 * @param from    the rank of the plan the adjustment started from (absent: 1, the best plan)
 * @param classes every class of the adjusted plan
 */
public record PlanAdjustment(Integer from, List<AdjustedClass> classes) implements Serializable {

    public PlanAdjustment {
        from = from == null ? 1 : from;
        classes = Checks.entries(classes == null ? List.of() : classes, SchoolRequest.MAX_TEACHERS, "classes");
    }
}
