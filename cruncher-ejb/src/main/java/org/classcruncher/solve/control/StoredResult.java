package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.Diagnosis;

/**
 * What a finished solve produced, as its job's {@code RESULT_JSON} keeps it: the parts of a {@code SolveResult} that
 * are written once, when the solve finishes. Its state (status, times, message, node) is in columns of its own.
 * Rows written before the state had columns hold a whole {@code SolveResult}, which reads as this too: the names
 * are the same and the rest is ignored.
 */
public record StoredResult(List<ClassPlan> plans, Diagnosis diagnosis, List<String> plugins) {

    public StoredResult {
        plans = plans == null ? List.of() : List.copyOf(plans);
        plugins = plugins == null ? List.of() : List.copyOf(plugins);
    }

    static final StoredResult NONE = new StoredResult(List.of(), null, List.of());
}
