package org.classcruncher.solve.control;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.MessageListener;

/**
 * Messages between the nodes over Payara's data grid (Hazelcast), when the nodes run it: a cancel reaches the node
 * running the solve at once, and a node with no free slot for a solve submitted to it wakes the others to claim it.
 * Nothing depends on it: each node looks at the database every {@code cruncher.solves.pollMillis} (250) for new work
 * and for the {@code CANCEL_REQUESTED} flag of its solves, which does the same within a quarter of a second, and
 * without the grid (one node, or nodes started without it: {@code cruncher run} starts it only when told the
 * members) this is skipped. The grid also names the nodes it joined, for the health report.
 */
@ApplicationScoped
public class GridSignals {

    private static final Logger LOG = Logger.getLogger(GridSignals.class.getName());

    /** Where Payara binds its data grid's instance. */
    private static final String GRID = "payara/Hazelcast";

    private static final String CANCELS = "cruncher.cancels";

    private static final String WORK = "cruncher.work";

    private HazelcastInstance grid;
    private final List<Runnable> unsubscribes = new CopyOnWriteArrayList<>();

    @PostConstruct
    void join() {
        try {
            HazelcastInstance found = (HazelcastInstance) new InitialContext().lookup(GRID);
            grid = found != null && found.getLifecycleService().isRunning() ? found : null;
        } catch (NamingException | RuntimeException | LinkageError none) {
            grid = null;
        }
        LOG.info(() -> grid == null ? "No data grid: cancels and new work reach other nodes through the database alone"
                : "Data grid joined: " + members().map(List::size).orElse(0)
                + " members; cancels and new work are announced through it too");
    }

    @PreDestroy
    void leave() {
        unsubscribes.forEach(Runnable::run);
    }

    /** Hands every cancel another node sends through the grid to {@code onCancel}. */
    public void onCancel(Consumer<String> onCancel) {
        listen(CANCELS, message -> onCancel.accept(message.getMessageObject()));
    }

    /**
     * Runs {@code onWork} (on a thread of the grid's: it must only hand the work on) whenever another node announces
     * a solve it has no free slot for.
     */
    public void onWork(Runnable onWork) {
        listen(WORK, message -> onWork.run());
    }

    /** Tells the other nodes that the solve {@code id} is to stop; the node running it acts on it. */
    public void cancel(String id) {
        publish(CANCELS, id, "the cancel of " + id, "the node running it reads it from the database");
    }

    /** Tells the other nodes that a solve waits which this node has no free slot for: one with a slot claims it. */
    public void announceWork() {
        publish(WORK, "a solve waits", "the announcement of new work", "the other nodes find it at their next look");
    }

    /** The members of the data grid (address and port), when there is one. */
    public Optional<List<String>> members() {
        return Optional.ofNullable(grid).map(joined -> joined.getCluster().getMembers().stream()
                .map(member -> member.getAddress().getHost() + ":" + member.getAddress().getPort()).toList());
    }

    /** Listens to a topic for the messages of the other nodes (a node acts on its own when it sends them). */
    private void listen(String name, MessageListener<String> listener) {
        if (grid != null) {
            ITopic<String> topic = grid.getTopic(name);
            UUID id = topic.addMessageListener(message -> {
                if (message.getPublishingMember() == null || !message.getPublishingMember().localMember()) {
                    listener.onMessage(message);
                }
            });
            unsubscribes.add(() -> {
                try {
                    topic.removeMessageListener(id);
                } catch (RuntimeException gridStopped) {
                    // The grid stops with the server; nothing to remove then.
                }
            });
        }
    }

    private void publish(String topic, String message, String what, String otherwise) {
        if (grid != null) {
            try {
                grid.<String>getTopic(topic).publish(message);
            } catch (RuntimeException e) {
                LOG.warning(() -> "The data grid did not take " + what + " (" + e.getMessage() + "); " + otherwise);
            }
        }
    }
}
