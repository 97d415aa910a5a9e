package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * A re-plan of one plan with minimal change: what changes in the school's inputs, and which classes of the plan
 * must stay exactly as they are.
 *
 * @param changes the changes to the inputs the plan was made for (absent: none)
 * @param locked  labels of the plan's classes to keep as they are, e.g. "2 A" (absent: none)
 */
public record ReplanRequest(SchoolChange changes, List<String> locked) implements Serializable {

    /** Most classes one re-plan may lock: more than any school runs. */
    public static final int MAX_LOCKED = 200;

    public ReplanRequest {
        changes = changes == null ? new SchoolChange(null, null, null, null, null) : changes;
        locked = Checks.entries(locked == null ? List.of() : locked, MAX_LOCKED, "locked");
    }
}
