package org.classcruncher.solve.control;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets one submission at a time count the solves already queued and store its own, so that parallel requests
 * cannot all pass a quota or the queue's capacity before any of them is stored. Storing a job takes a few
 * milliseconds, so submissions wait little. In memory: it holds for one node.
 */
@ApplicationScoped
public class SubmissionGate {

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs the check and the store of one submission while no other submission does. */
    public <T> T admit(Supplier<T> checkAndStore) {
        lock.lock();
        try {
            return checkAndStore.get();
        } finally {
            lock.unlock();
        }
    }
}
