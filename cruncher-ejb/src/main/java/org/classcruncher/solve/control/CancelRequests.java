package org.classcruncher.solve.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The cancels asked for running solves. In memory on purpose: a cancel must reach the thread running the solve,
 * which polls it through GLPK's callback; a restart ends every running solve anyway.
 */
@ApplicationScoped
public class CancelRequests {

    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    public void request(String id) {
        requested.add(id);
    }

    public boolean requested(String id) {
        return requested.contains(id);
    }

    public void forget(String id) {
        requested.remove(id);
    }
}
