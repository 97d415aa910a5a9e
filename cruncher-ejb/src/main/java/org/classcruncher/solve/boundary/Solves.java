package org.classcruncher.solve.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.solve.control.BatchStatus;
import org.classcruncher.solve.control.Policies;
import org.classcruncher.solve.control.SolvePage;
import org.classcruncher.solve.control.SolveQuery;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.SolveSummary;
import org.classcruncher.solve.control.UnknownPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The solves of schools: submit one, read its status and plans. The REST API and the portal both call this.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Solves {

    @Inject
    SolveStore store;

    @Inject
    SolveRunner runner;

    @Inject
    PluginRegistry plugins;

    /** The district's size policy for requests that name none (system property or CRUNCHER_POLICIES_SIZE). */
    @Inject
    @ConfigProperty(name = "cruncher.policies.size")
    Optional<String> defaultSizePolicy;

    /** The district's weighting for requests that name none (system property or CRUNCHER_POLICIES_WEIGHTING). */
    @Inject
    @ConfigProperty(name = "cruncher.policies.weighting")
    Optional<String> defaultWeighting;

    /** The most solves queued or running at once ({@code cruncher.solves.queue}); beyond, submissions are refused. */
    @Inject
    @ConfigProperty(name = "cruncher.solves.queue", defaultValue = "500")
    long queueCapacity;

    /**
     * Queues the school for solving and answers at once with the queued solve (its id, status QUEUED). The job is
     * stored before it is handed to the runner, so it survives a crash.
     */
    public SolveResult submit(@NotNull SchoolRequest school) {
        Policies policies = policiesFor(school.options());
        long waiting = store.unfinished();
        if (waiting >= queueCapacity) {
            throw new QueueFull(waiting);
        }
        SolveResult queued = store.create(school);
        runner.run(queued.id(), school, policies);
        return queued;
    }

    /**
     * Queues every school of a district's list as its own solve, all or none: when the queue cannot take them all,
     * none is queued. Answers the batch's status.
     */
    public BatchStatus submitBatch(@NotNull List<SchoolRequest> schools) {
        if (schools.isEmpty()) {
            throw new InvalidSolveRequest("schools", "a batch needs at least one school");
        }
        List<Policies> policies = schools.stream().map(school -> policiesFor(school.options())).toList();
        long waiting = store.unfinished();
        if (waiting + schools.size() > queueCapacity) {
            throw new QueueFull(waiting);
        }
        String batchId = UUID.randomUUID().toString();
        for (int i = 0; i < schools.size(); i++) {
            SolveResult queued = store.create(schools.get(i), batchId);
            runner.run(queued.id(), schools.get(i), policies.get(i));
        }
        return batch(batchId);
    }

    public BatchStatus batch(@NotNull String batchId) {
        List<SolveSummary> solves = store.batch(batchId);
        if (solves.isEmpty()) {
            throw new SolveNotFound("batch " + batchId);
        }
        return BatchStatus.of(batchId, solves);
    }

    /** Runs again a job that a restart interrupted (see the housekeeping timer). */
    public void resume(String id) {
        store.request(id).ifPresent(school -> {
            try {
                runner.run(id, school, policiesFor(school.options()));
            } catch (InvalidSolveRequest pluginGone) {
                store.fail(id, "Could not run again after a restart: " + pluginGone.getMessage(), 0);
            }
        });
    }

    /** A page of solves, filtered and sorted on the server. */
    public SolvePage list(@NotNull SolveQuery query) {
        return store.list(query);
    }

    public SolveResult find(@NotNull String id) {
        return store.find(id).orElseThrow(() -> new SolveNotFound(id));
    }

    /**
     * Asks the solve to stop; a running solve stops within moments and keeps the plans found so far.
     *
     * @return whether the solve was still unfinished (false: it had already ended, and is left as it was)
     */
    public boolean cancel(@NotNull String id) {
        find(id);
        return store.requestCancel(id);
    }

    private Policies policiesFor(SolveOptions options) {
        try {
            return Policies.select(options, plugins.current(), defaultWeighting.orElse(null),
                    defaultSizePolicy.orElse(null));
        } catch (UnknownPolicy e) {
            throw new InvalidSolveRequest(e.field(), e.getMessage());
        }
    }
}
