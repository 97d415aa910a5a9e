package org.classcruncher.solve.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name among the nodes sharing the database ({@code cruncher.node.id}). Give each node a name of its
 * own that it keeps across restarts (the start script's {@code --node}), so a node starting again reclaims at once
 * the jobs it was running; without one, the node is the host's name and a random suffix, and its jobs from before a
 * restart are claimed again when their lease runs out.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "cruncher.node.id")
    Optional<String> configured;

    private String id;
    private boolean named;
    private final Instant startedAt = Instant.now();

    @PostConstruct
    void name() {
        named = configured.filter(name -> !name.isBlank()).isPresent();
        id = named ? configured.get().strip() : host() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    /** Whether the node was given its name (so that its jobs from before a restart are known to be its own). */
    public boolean named() {
        return named;
    }

    public Instant startedAt() {
        return startedAt;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
