package org.classcruncher.solve.control;

import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many solves run at once: one per core by default ({@code cruncher.solves.parallel}), since each GLPK solve
 * keeps one core busy. The rest wait in the queue.
 */
@ApplicationScoped
public class SolveSlots {

    @Inject
    @ConfigProperty(name = "cruncher.solves.parallel", defaultValue = "0")
    int configured;

    private Semaphore slots;

    @PostConstruct
    void size() {
        slots = new Semaphore(configured > 0 ? configured : Runtime.getRuntime().availableProcessors(), true);
    }

    public void acquire() throws InterruptedException {
        slots.acquire();
    }

    public void release() {
        slots.release();
    }
}
