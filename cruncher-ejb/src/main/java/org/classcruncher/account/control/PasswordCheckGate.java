package org.classcruncher.account.control;

import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many password checks run at once: {@code cruncher.login.concurrentChecks}, by default one per processor. A
 * PBKDF2 check is a long stretch of CPU; a flood of logins, right or wrong, would otherwise take every core and every
 * request thread while token users wait. A check that finds no room is refused at once instead of queueing, so a
 * flood holds no thread and no pool connection.
 */
@ApplicationScoped
public class PasswordCheckGate {

    @Inject
    @ConfigProperty(name = "cruncher.login.concurrentChecks", defaultValue = "0")
    int configured;

    private Semaphore room;

    public PasswordCheckGate() {
    }

    /** @param concurrentChecks how many at once; 0 for one per processor */
    public PasswordCheckGate(int concurrentChecks) {
        this.configured = concurrentChecks;
        start();
    }

    @PostConstruct
    void start() {
        room = new Semaphore(configured > 0 ? configured : Runtime.getRuntime().availableProcessors());
    }

    /** Whether a check may run now; if so, {@link #leave()} must follow it. */
    public boolean tryEnter() {
        return room.tryAcquire();
    }

    public void leave() {
        room.release();
    }
}
