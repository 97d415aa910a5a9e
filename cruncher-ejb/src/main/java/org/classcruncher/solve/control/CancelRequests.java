package org.classcruncher.solve.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The cancels asked for running solves. In memory on purpose: a cancel must reach the thread running the solve,
 * which polls it through GLPK's callback; a restart ends every running solve anyway. A cancel asked here for a solve
 * that another node runs reaches that node through the database (or the data grid) and is forgotten here.
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

    /** Forgets the cancels of every solve but these (the ones this node runs). */
    public void keepOnly(Set<String> running) {
        requested.retainAll(running);
    }
}
