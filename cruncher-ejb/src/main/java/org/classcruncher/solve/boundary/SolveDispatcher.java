package org.classcruncher.solve.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.Claim;
import org.classcruncher.solve.control.ClusterNodes;
import org.classcruncher.solve.control.GridSignals;
import org.classcruncher.solve.control.NodeIdentity;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * This node's share of the solve queue, which is the database: nothing waits in memory. While it has a free slot
 * ({@code cruncher.solves.parallel}, one per core by default) it claims the next job (see
 * {@link SolveStore#claimNext}) and hands it to the runner; it looks every {@code cruncher.solves.pollMillis} (250)
 * and at once when a solve is submitted here, one of its own ends, or another node announces work it has no slot
 * for. Each look also renews the leases of the jobs it runs ({@code cruncher.solves.leaseSeconds}, 30, renewed every
 * third of it) and passes on the stops asked elsewhere: a cancel on another node, an end for running past the time
 * limit, a claim lost to another node. Over the data grid ({@link GridSignals}), when there is one, a cancel is
 * passed on at once, and a solve submitted here while every slot is taken is announced to the other nodes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SolveDispatcher {

    private static final Logger LOG = Logger.getLogger(SolveDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Gives the grid's threads, which are not the container's, this application's context to hand work on in. */
    @Resource
    ContextService contexts;

    @Inject
    SolveStore store;

    @Inject
    SolveRunner runner;

    @Inject
    CancelRequests cancels;

    @Inject
    ClusterNodes cluster;

    @Inject
    GridSignals signals;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "cruncher.solves.parallel", defaultValue = "0")
    int parallel;

    @Inject
    @ConfigProperty(name = "cruncher.solves.pollMillis", defaultValue = "250")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "cruncher.solves.leaseSeconds", defaultValue = "30")
    long leaseSeconds;

    /**
     * MicroProfile Metrics (application scope): queue depth, running solves, claims, lease expiries, finished, work
     * announced by other nodes.
     */
    @Inject
    MetricRegistry metrics;

    private Counter claims;
    private Counter expiredLeases;
    private Counter finished;
    private Counter workAnnounced;
    private Timer serviceTime;

    /** The jobs this node runs, each with its claim number. */
    private final Map<String, Long> running = new ConcurrentHashMap<>();
    private final ReentrantLock claiming = new ReentrantLock();
    private volatile Instant lastHeartbeat = Instant.EPOCH;
    private ScheduledFuture<?> looking;
    private int slots;

    /** A lifecycle method takes its transaction attribute from its own annotation, not the class's. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        slots = parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors();
        try {
            // What this node ran before a restart is not running any more; on a database of its own, nothing is.
            // A node without a name of its own cannot tell its jobs from another's: their leases run out instead.
            int released = !cluster.shared() ? store.releaseClaims(null)
                    : node.named() ? store.releaseClaims(node.id()) : 0;
            if (released > 0) {
                LOG.info(() -> released + " solves left running by the last run are claimed again now");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not release the claims of the last run; they are claimed again when their "
                    + "leases run out", e);
        }
        try {
            // A member of the service from its start, not from its first look.
            heartbeatWhenDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Node " + node.id() + " could not record its heartbeat; it tries again at its next "
                    + "look", e);
        }
        registerMetrics();
        // A cancel sent through the data grid stops a solve running here at once, not at the next look.
        signals.onCancel(id -> {
            if (running.containsKey(id)) {
                cancels.request(id);
            }
        });
        // Work another node has no slot for is claimed here at once when a slot is free, not at the next look.
        signals.onWork(contexts.createContextualProxy((Runnable) this::announced, Runnable.class));
        LOG.info(() -> "Node " + node.id() + " runs up to " + slots + " solves at once");
        looking = scheduler.scheduleWithFixedDelay(this::look, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * The figures operators watch, tagged with this node: solves per second per node is the rate of
     * {@code cruncher_solves_finished_total}.
     */
    private void registerMetrics() {
        Tag nodeTag = new Tag("node", node.id());
        metrics.gauge(Metadata.builder().withName("cruncher.queue.depth")
                .withDescription("Solves waiting in the queue (the database), for any node").build(),
                store, SolveStore::queued, nodeTag);
        metrics.gauge(Metadata.builder().withName("cruncher.solves.running")
                .withDescription("Solves this node runs now").build(), running, Map::size, nodeTag);
        claims = metrics.counter(Metadata.builder().withName("cruncher.claims")
                .withDescription("Jobs this node claimed").build(), nodeTag);
        expiredLeases = metrics.counter(Metadata.builder().withName("cruncher.claims.expired")
                .withDescription("Jobs this node claimed again after their node's lease ran out").build(), nodeTag);
        finished = metrics.counter(Metadata.builder().withName("cruncher.solves.finished")
                .withDescription("Solves this node planned to their end and recorded: failed solves and results "
                        + "discarded after a lost claim are not counted").build(), nodeTag);
        serviceTime = metrics.timer(Metadata.builder().withName("cruncher.job.service")
                .withDescription("Per recorded job, from its submission to its committed result, less the "
                        + "planning: the wait in the queue and the service's own work").build(), nodeTag);
        workAnnounced = metrics.counter(Metadata.builder().withName("cruncher.work.announced")
                .withDescription("Announcements, over the data grid, of work another node had no free slot for")
                .build(), nodeTag);
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    /**
     * A solve was submitted here: claim it now rather than at the next look; when every slot here is taken (by this
     * claim or by the ones before it), tell the other nodes. An announcement with nothing left to claim costs each
     * of them one empty look.
     */
    public void submitted() {
        scheduler.execute(() -> {
            claimWhileFree();
            if (running.size() >= slots) {
                signals.announceWork();
            }
        });
    }

    /** Another node announced work it has no slot for (on a thread of the grid's, given this application's context). */
    private void announced() {
        workAnnounced.inc();
        try {
            scheduler.execute(this::claimWhileFree);
        } catch (RejectedExecutionException stopping) {
            // The application is stopping: its executor takes no more work, and this node claims none.
        }
    }

    /**
     * A cancel was recorded for the solve {@code id}: it stops at once when this node runs it, and the other nodes are
     * told over the data grid (without it, the node running it reads the flag at its next look).
     */
    public void stop(String id) {
        if (running.containsKey(id)) {
            cancels.request(id);
        }
        signals.cancel(id);
    }

    /** A job this node ran has ended, however: its slot is free. */
    public void ended(String id) {
        running.remove(id);
        scheduler.execute(this::claimWhileFree);
    }

    /** A job this node ran has its planner's outcome recorded (not a failure, not a result discarded). */
    public void recorded(Duration serviceTime) {
        finished.inc();
        this.serviceTime.update(serviceTime);
    }

    /** The node's name and how many solves it runs now, for the health report. */
    public String nodeId() {
        return node.id();
    }

    public int runningHere() {
        return running.size();
    }

    public int slots() {
        return slots;
    }

    private void look() {
        try {
            heartbeatWhenDue();
            // The flags in the database are what counts: a cancel of a solve another node runs is kept there.
            cancels.keepOnly(Set.copyOf(running.keySet()));
            store.toStop(Map.copyOf(running)).forEach(cancels::request);
            claimWhileFree();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Node " + node.id() + " could not look at the solve queue; it looks again in "
                    + pollMillis + " ms", e);
        }
    }

    private void heartbeatWhenDue() {
        Instant now = Instant.now();
        Duration lease = Duration.ofSeconds(leaseSeconds);
        if (Duration.between(lastHeartbeat, now).compareTo(lease.dividedBy(3)) >= 0) {
            store.renewLeases(node.id(), Set.copyOf(running.keySet()), now.plus(lease));
            cluster.heartbeat(node.id(), node.startedAt(), now);
            lastHeartbeat = now;
        }
    }

    /** Claims jobs while a slot is free; one claimer at a time on this node, the others return at once. */
    private void claimWhileFree() {
        if (!claiming.tryLock()) {
            return;
        }
        try {
            while (running.size() < slots) {
                Optional<Claim> claim = store.claimNext(node.id(), Instant.now().plusSeconds(leaseSeconds));
                if (claim.isEmpty()) {
                    return;
                }
                running.put(claim.get().id(), claim.get().number());
                claims.inc();
                if (claim.get().again()) {
                    expiredLeases.inc();
                }
                try {
                    runner.run(claim.get());
                } catch (RuntimeException e) {
                    running.remove(claim.get().id());
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Node " + node.id() + " could not claim a solve; it tries again in " + pollMillis
                    + " ms", e);
        } finally {
            claiming.unlock();
        }
    }
}
