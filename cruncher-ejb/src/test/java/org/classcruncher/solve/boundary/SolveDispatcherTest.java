package org.classcruncher.solve.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import org.classcruncher.solve.control.CancelRequests;
import org.classcruncher.solve.control.Claim;
import org.classcruncher.solve.control.ClusterNodes;
import org.classcruncher.solve.control.GridSignals;
import org.classcruncher.solve.control.NodeIdentity;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * This node's share of the queue: how many jobs it claims and when, what it tells the store, the other nodes and its
 * metrics. Without a server: the store, the runner, the cluster and the data grid are faked, and the container's
 * executor runs each task at once on the test's thread, so every claim has happened when a call returns. The
 * dispatcher's periodic look is not scheduled; a test runs it by hand ({@link #look}).
 */
class SolveDispatcherTest {

    private static final String NODE = "node-a";

    /** The jobs in the database, in the order the store hands them out. */
    private final Deque<Claim> queue = new ArrayDeque<>();
    /** The jobs handed to the runner, in order. */
    private final List<String> handed = new ArrayList<>();
    /** What the store was asked: releases of a last run's claims, lease renewals ("node [ids]"), heartbeats. */
    private final List<String> released = new ArrayList<>();
    private final List<String> renewed = new ArrayList<>();
    private final List<String> heartbeats = new ArrayList<>();
    /** The jobs running here that the store says were stopped elsewhere (cancelled, overdue, claim lost). */
    private final List<String> stoppedElsewhere = new ArrayList<>();
    /** What went out over the data grid, and what the dispatcher listens to there. */
    private final List<String> gridCancelsSent = new ArrayList<>();
    private int workAnnouncements;
    private Consumer<String> cancelFromGrid;
    private Runnable workFromGrid;
    private final Map<String, Count> counters = new HashMap<>();
    private final Map<String, Supplier<Object>> gauges = new HashMap<>();
    private final List<Duration> serviceTimes = new ArrayList<>();
    private final CancelRequests cancels = new CancelRequests();
    /** Runs of the runner that fail as a full asynchronous pool would. */
    private int runnerRefusals;
    private boolean sharedDatabase;
    private boolean named = true;
    private Runnable look;

    private final SolveDispatcher dispatcher = new SolveDispatcher();

    @BeforeEach
    void wire() {
        dispatcher.store = new SolveStore() {
            @Override
            public Optional<Claim> claimNext(String node, Instant until) {
                return Optional.ofNullable(queue.poll());
            }

            @Override
            public int releaseClaims(String node) {
                released.add(node == null ? "every node" : node);
                return 0;
            }

            @Override
            public int renewLeases(String node, Collection<String> ids, Instant until) {
                renewed.add(node + " " + ids.stream().sorted().toList());
                return ids.size();
            }

            @Override
            public List<String> toStop(Map<String, Long> running) {
                return stoppedElsewhere.stream().filter(running::containsKey).toList();
            }

            @Override
            public long queued() {
                return queue.size();
            }
        };
        dispatcher.runner = new SolveRunner() {
            @Override
            public void run(Claim claim) {
                handed.add(claim.id());
                if (runnerRefusals > 0) {
                    runnerRefusals--;
                    throw new IllegalStateException("the asynchronous pool is full");
                }
            }
        };
        dispatcher.cancels = cancels;
        dispatcher.cluster = new ClusterNodes() {
            @Override
            public boolean shared() {
                return sharedDatabase;
            }

            @Override
            public void heartbeat(String node, Instant startedAt, Instant now) {
                heartbeats.add(node);
            }
        };
        dispatcher.signals = new GridSignals() {
            @Override
            public void onCancel(Consumer<String> onCancel) {
                cancelFromGrid = onCancel;
            }

            @Override
            public void onWork(Runnable onWork) {
                workFromGrid = onWork;
            }

            @Override
            public void cancel(String id) {
                gridCancelsSent.add(id);
            }

            @Override
            public void announceWork() {
                workAnnouncements++;
            }
        };
        dispatcher.node = new NodeIdentity() {
            @Override
            public String id() {
                return NODE;
            }

            @Override
            public boolean named() {
                return named;
            }

            @Override
            public Instant startedAt() {
                return Instant.EPOCH;
            }
        };
        dispatcher.scheduler = fake(ManagedScheduledExecutorService.class, (method, args) -> switch (method) {
            case "execute" -> {
                ((Runnable) args[0]).run();
                yield null;
            }
            case "scheduleWithFixedDelay" -> {
                look = (Runnable) args[0];
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        dispatcher.contexts = fake(ContextService.class, (method, args) -> switch (method) {
            case "createContextualProxy" -> args[0];
            default -> throw new UnsupportedOperationException(method);
        });
        dispatcher.metrics = fake(MetricRegistry.class, (method, args) -> {
            String name = ((Metadata) args[0]).getName();
            return switch (method) {
                case "counter" -> counters.computeIfAbsent(name, counter -> new Count());
                case "timer" -> new ServiceTimes();
                case "gauge" -> {
                    @SuppressWarnings("unchecked")
                    Function<Object, Object> reading = (Function<Object, Object>) args[2];
                    gauges.put(name, () -> reading.apply(args[1]));
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method);
            };
        });
        dispatcher.pollMillis = 250;
        dispatcher.leaseSeconds = 30;
    }

    @Test
    void itClaimsNoMoreJobsThanItsSlotsAndTellsTheOtherNodesOfTheRest() {
        queue.addAll(List.of(claim("a"), claim("b"), claim("c")));
        start(2);

        dispatcher.submitted();

        assertThat(handed).containsExactly("a", "b");
        assertThat(dispatcher.runningHere()).isEqualTo(2);
        assertThat(queue).extracting(Claim::id).containsExactly("c");
        // Every slot here is taken: another node with a free one is woken to claim "c".
        assertThat(workAnnouncements).isEqualTo(1);
        assertThat(counters.get("cruncher.claims").getCount()).isEqualTo(2);
        assertThat(gauges.get("cruncher.solves.running").get()).isEqualTo(2);
        assertThat(gauges.get("cruncher.queue.depth").get()).isEqualTo(1L);
    }

    @Test
    void aSubmissionItHasASlotForIsNotAnnouncedToTheOtherNodes() {
        queue.add(claim("a"));
        start(2);

        dispatcher.submitted();

        assertThat(handed).containsExactly("a");
        assertThat(workAnnouncements).isZero();
    }

    @Test
    void anEndedJobFreesItsSlotAndTheNextJobIsClaimedAtOnce() {
        queue.addAll(List.of(claim("a"), claim("b"), claim("c")));
        start(2);
        dispatcher.submitted();

        dispatcher.ended("a");

        assertThat(handed).containsExactly("a", "b", "c");
        assertThat(dispatcher.runningHere()).isEqualTo(2);

        dispatcher.ended("b");
        dispatcher.ended("c");

        assertThat(dispatcher.runningHere()).isZero();
        assertThat(counters.get("cruncher.claims").getCount()).isEqualTo(3);
    }

    @Test
    void withoutAConfiguredNumberItRunsOneSolvePerCore() {
        start(0);

        assertThat(dispatcher.slots()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void eachRecordedSolveIsCountedAsFinishedWithItsServiceTime() {
        start(1);

        dispatcher.recorded(Duration.ofMillis(40));
        dispatcher.recorded(Duration.ofMillis(65));

        assertThat(counters.get("cruncher.solves.finished").getCount()).isEqualTo(2);
        assertThat(serviceTimes).containsExactly(Duration.ofMillis(40), Duration.ofMillis(65));
    }

    @Test
    void aJobClaimedAgainAfterItsNodesLeaseRanOutIsCountedAsAnExpiredLease() {
        queue.addAll(List.of(claim("a"), new Claim("b", 2, null, null, true, Instant.EPOCH)));
        start(2);

        dispatcher.submitted();

        assertThat(counters.get("cruncher.claims").getCount()).isEqualTo(2);
        assertThat(counters.get("cruncher.claims.expired").getCount()).isEqualTo(1);
    }

    @Test
    void aJobTheRunnerCannotTakeGivesItsSlotBackAndTheNextLookGoesOn() {
        queue.addAll(List.of(claim("a"), claim("b")));
        runnerRefusals = 1;
        start(2);

        dispatcher.submitted();

        // "a" never ran here: a slot it kept would be lost for good.
        assertThat(handed).containsExactly("a");
        assertThat(dispatcher.runningHere()).isZero();

        look.run();

        assertThat(handed).containsExactly("a", "b");
        assertThat(dispatcher.runningHere()).isEqualTo(1);
    }

    @Test
    void aLookPassesOnTheStopsAskedElsewhereToTheJobsRunningHereAndForgetsTheOthers() {
        queue.addAll(List.of(claim("a"), claim("b")));
        start(2);
        dispatcher.submitted();
        cancels.request("ended-elsewhere");
        stoppedElsewhere.addAll(List.of("b", "not-here"));

        look.run();

        assertThat(cancels.requested("b")).isTrue();
        assertThat(cancels.requested("a")).isFalse();
        assertThat(cancels.requested("not-here")).isFalse();
        // A cancel of a job that does not run here is the database's to keep, not this node's memory's.
        assertThat(cancels.requested("ended-elsewhere")).isFalse();
    }

    @Test
    void aLookRenewsTheLeasesOfTheJobsRunningHereOnceAThirdOfTheLeaseHasPassed() throws InterruptedException {
        dispatcher.leaseSeconds = 3;
        queue.addAll(List.of(claim("a"), claim("b")));
        start(2);
        dispatcher.submitted();

        look.run();

        // Only the heartbeat of the start so far: a look every 250 ms does not write every time.
        assertThat(renewed).containsExactly(NODE + " []");
        assertThat(heartbeats).containsExactly(NODE);

        Thread.sleep(1_100);
        look.run();

        assertThat(renewed).containsExactly(NODE + " []", NODE + " [a, b]");
        assertThat(heartbeats).containsExactly(NODE, NODE);
    }

    @Test
    void aStopOfAJobRunningHereCancelsItAtOnceAndEveryStopGoesToTheOtherNodes() {
        queue.add(claim("a"));
        start(1);
        dispatcher.submitted();

        dispatcher.stop("a");
        dispatcher.stop("elsewhere");

        assertThat(cancels.requested("a")).isTrue();
        assertThat(cancels.requested("elsewhere")).isFalse();
        assertThat(gridCancelsSent).containsExactly("a", "elsewhere");
    }

    @Test
    void aCancelFromAnotherNodeStopsOnlyAJobRunningHere() {
        queue.add(claim("a"));
        start(1);
        dispatcher.submitted();

        cancelFromGrid.accept("a");
        cancelFromGrid.accept("elsewhere");

        assertThat(cancels.requested("a")).isTrue();
        assertThat(cancels.requested("elsewhere")).isFalse();
    }

    @Test
    void workAnnouncedByAnotherNodeIsClaimedAtOnceAndCounted() {
        start(1);
        queue.add(claim("a"));

        workFromGrid.run();

        assertThat(handed).containsExactly("a");
        assertThat(counters.get("cruncher.work.announced").getCount()).isEqualTo(1);
    }

    /**
     * On its own database whatever was running, this node ran it; on a shared one, a node with a name kept across
     * restarts frees the jobs of that name; a node without one cannot tell its old jobs from the others', whose
     * leases run out instead.
     */
    @ParameterizedTest(name = "shared database {0}, named node {1}: frees the claims of {2}")
    @CsvSource({"false, true, every node", "false, false, every node", "true, true, node-a", "true, false, "})
    void atItsStartANodeFreesTheJobsItsLastRunLeftRunningWhenItCanTellThemApart(boolean shared, boolean named,
                                                                                   String freed) {
        sharedDatabase = shared;
        this.named = named;

        start(1);

        assertThat(released).isEqualTo(freed == null ? List.of() : List.of(freed));
        // A member of the service from its start: its heartbeat is written before its first look.
        assertThat(heartbeats).containsExactly(NODE);
        assertThat(renewed).containsExactly(NODE + " []");
    }

    private void start(int parallel) {
        dispatcher.parallel = parallel;
        dispatcher.start();
    }

    private static Claim claim(String id) {
        return new Claim(id, 1, null, null, false, Instant.EPOCH);
    }

    /**
     * An implementation of {@code type} that answers the calls {@code answers} knows, by the method's name and
     * arguments: for the container's interfaces, of which the dispatcher calls a few methods only.
     */
    private static <T> T fake(Class<T> type, BiFunction<String, Object[], Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> answers.apply(method.getName(), args);
                }));
    }

    /** A counter of the dispatcher's metrics. */
    private static final class Count implements Counter {

        private final AtomicLong count = new AtomicLong();

        @Override
        public void inc() {
            count.incrementAndGet();
        }

        @Override
        public void inc(long n) {
            count.addAndGet(n);
        }

        @Override
        public long getCount() {
            return count.get();
        }
    }

    /** The service time per job: the durations recorded. */
    private final class ServiceTimes implements Timer {

        @Override
        public void update(Duration duration) {
            serviceTimes.add(duration);
        }

        @Override
        public <T> T time(Callable<T> event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void time(Runnable event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Context time() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration getElapsedTime() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long getCount() {
            return serviceTimes.size();
        }

        @Override
        public Snapshot getSnapshot() {
            throw new UnsupportedOperationException();
        }
    }
}
