package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.api.ClassPlan;

/** What a minimal-change re-plan starts from: the reference plan and the labels of its classes kept as they are. */
public record ReplanStart(ClassPlan reference, List<String> locked) {

    public ReplanStart {
        locked = List.copyOf(locked);
    }
}
