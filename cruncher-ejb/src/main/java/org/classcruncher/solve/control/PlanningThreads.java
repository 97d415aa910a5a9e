package org.classcruncher.solve.control;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threads plannings run on: plain daemon threads, not the container's, because a planning may be abandoned
 * inside a district's plugin and outlive its solve, so it must hold nothing of the container (no invocation, no
 * transaction, no connection); it needs none. Kept for a minute after use, since starting a thread costs about a
 * millisecond here, as much as the queue's own work on a job; an abandoned one is simply replaced.
 */
@ApplicationScoped
public class PlanningThreads {

    private final AtomicInteger started = new AtomicInteger();

    private final ExecutorService threads = Executors.newCachedThreadPool(planning -> {
        Thread thread = new Thread(planning, "planner " + started.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(PlanningThreads.class.getClassLoader());
        return thread;
    });

    /** Runs the planning on a thread of its own; cancelling the answer interrupts it. */
    public Future<?> start(Runnable planning) {
        return threads.submit(planning);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
