package org.classcruncher.solve.control;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * Messages between the nodes over Payara's data grid (Hazelcast), when the nodes run it: a cancel reaches the node
 * running the solve at once. Nothing depends on it: the job's {@code CANCEL_REQUESTED} flag, which the running node
 * reads every {@code cruncher.solves.pollMillis}, does the same within a quarter of a second, and without the grid
 * (one node, or nodes started without it: {@code cruncher run} starts it only when told the members) this is
 * skipped. The grid also names the nodes it joined, for the health report.
 */
@ApplicationScoped
public class GridSignals {

    private static final Logger LOG = Logger.getLogger(GridSignals.class.getName());

    /** Where Payara binds its data grid's instance. */
    private static final String GRID = "payara/Hazelcast";

    private static final String CANCELS = "cruncher.cancels";

    private HazelcastInstance grid;
    private UUID listening;

    @PostConstruct
    void join() {
        try {
            HazelcastInstance found = (HazelcastInstance) new InitialContext().lookup(GRID);
            grid = found != null && found.getLifecycleService().isRunning() ? found : null;
        } catch (NamingException | RuntimeException | LinkageError none) {
            grid = null;
        }
        LOG.info(() -> grid == null ? "No data grid: cancels reach other nodes through the database alone"
                : "Data grid joined: " + members().map(List::size).orElse(0)
                + " members; cancels are sent through it too");
    }

    @PreDestroy
    void leave() {
        if (grid != null && listening != null) {
            try {
                cancels().removeMessageListener(listening);
            } catch (RuntimeException gridStopped) {
                // The grid stops with the server; nothing to remove then.
            }
        }
    }

    /** Hands every cancel sent through the grid, by any node, to {@code onCancel}. */
    public void onCancel(Consumer<String> onCancel) {
        if (grid != null) {
            listening = cancels().addMessageListener(message -> onCancel.accept(message.getMessageObject()));
        }
    }

    /** Tells every node that the solve {@code id} is to stop; the node running it acts on it. */
    public void cancel(String id) {
        if (grid != null) {
            try {
                cancels().publish(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "The data grid did not take the cancel of " + id + " (" + e.getMessage()
                        + "); the node running it reads it from the database");
            }
        }
    }

    /** The members of the data grid (address and port), when there is one. */
    public Optional<List<String>> members() {
        return Optional.ofNullable(grid).map(joined -> joined.getCluster().getMembers().stream()
                .map(member -> member.getAddress().getHost() + ":" + member.getAddress().getPort()).toList());
    }

    private ITopic<String> cancels() {
        return grid.getTopic(CANCELS);
    }
}
