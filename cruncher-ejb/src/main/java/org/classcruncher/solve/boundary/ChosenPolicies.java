package org.classcruncher.solve.boundary;

import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.UnknownPolicy;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.problem.InvalidRequest;

/** The policies a request's options name, an unknown one refused as a bad field of the request. */
final class ChosenPolicies {

    private ChosenPolicies() {
    }

    static Policies of(PluginRegistry plugins, SolveOptions options) {
        try {
            return plugins.policiesFor(options);
        } catch (UnknownPolicy e) {
            throw new InvalidRequest(e.field(), e.getMessage());
        }
    }
}
