package org.classcruncher.web.export;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many exports are rendered at once: {@code cruncher.exports.concurrent}, by default one per processor. A PDF of
 * a school's largest plan holds tens of megabytes while OpenPDF lays it out; without a bound, a few dozen at once
 * fill the heap. An export that finds no room is not rendered and not queued: the caller answers that the server is
 * busy and the client tries again in a moment.
 */
@ApplicationScoped
public class ExportRoom {

    @Inject
    @ConfigProperty(name = "cruncher.exports.concurrent", defaultValue = "0")
    int configured;

    private Semaphore room;

    public ExportRoom() {
    }

    /** @param concurrent how many at once; 0 for one per processor */
    public ExportRoom(int concurrent) {
        this.configured = concurrent;
        start();
    }

    @PostConstruct
    void start() {
        room = new Semaphore(configured > 0 ? configured : Runtime.getRuntime().availableProcessors());
    }

    /** The export rendered, or empty when as many as allowed are being rendered already. */
    public <T> Optional<T> render(Supplier<T> export) {
        if (!room.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(export.get());
        } finally {
            room.release();
        }
    }
}
