package org.classcruncher.solve.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.school.control.InputsStore;
import org.classcruncher.solve.control.ReplanStart;
import org.classcruncher.solve.control.SolveLimits;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.SubmissionGate;
import org.classcruncher.solve.entity.BatchStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Submitting solves: a school, a what-if or a minimal-change re-plan of a solve, a district's batch, a staffing
 * sweep; and cancelling one. Each is admitted against the quotas and the queue's capacity, stored before it is
 * handed to a runner, and recorded in the audit log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Submissions {

    private static final Logger LOG = Logger.getLogger(Submissions.class.getName());

    /** Most teacher counts one staffing sweep plans. */
    public static final int MAX_SWEEP = 11;

    @Inject
    Solves solves;

    @Inject
    SolveStore store;

    @Inject
    SolveDispatcher dispatcher;

    @Inject
    PluginRegistry plugins;

    @Inject
    AccountStore accounts;

    @Inject
    AuditLog audit;

    @Inject
    InputsStore inputs;

    /** The most solves queued or running at once ({@code cruncher.solves.queue}); beyond, submissions are refused. */
    @Inject
    @ConfigProperty(name = "cruncher.solves.queue", defaultValue = "500")
    long queueCapacity;

    /** The quotas per account and school and the cap on solving per request ({@code cruncher.limits.*}). */
    @Inject
    SolveLimits limits;

    @Inject
    SubmissionGate gate;

    /**
     * Queues the school for solving and answers at once with the queued solve (its id, status QUEUED). The job is
     * stored before it is handed to the runner, so it survives a crash. A solve for a school saves its inputs as
     * the school's newest version (when they changed), so the plan form opens with them next time.
     *
     * @param schoolId the school that owns the solve; may be left out by a caller of exactly one school, and by
     *                 a district admin, whose solve is then district work
     * @param scenario a name for the solve as a scenario ("2027 with 21 teachers"), or {@code null}
     */
    public SolveResult submit(@NotNull Caller caller, String schoolId, @NotNull SchoolRequest school,
                              String scenario) {
        return submit(caller, schoolId, school, scenario, true);
    }
    /**
     * As {@link #submit(Caller, String, SchoolRequest, String)}; {@code saveInputs}: whether the inputs become the
     * school's saved inputs (the portal saves them only when asked: a try with other figures is a scenario).
     */
    public SolveResult submit(@NotNull Caller caller, String schoolId, @NotNull SchoolRequest school,
                              String scenario, boolean saveInputs) {
        return queue(caller, ownerFor(caller, schoolId), school, scenario, saveInputs);
    }
    public SolveResult submit(@NotNull Caller caller, String schoolId, @NotNull SchoolRequest school) {
        return submit(caller, schoolId, school, null);
    }
    /**
     * Plans again the school of a solve the caller may see, with these changes to the inputs it used, for the
     * same owner: "what if we had one teacher less?" without typing the school again. A what-if leaves the
     * school's saved inputs as they are.
     */
    public SolveResult replan(@NotNull Caller caller, @NotNull String id, @NotNull SchoolChange change,
                              String scenario) {
        SolveResult solved = solves.find(caller, id);
        SchoolRequest changed;
        try {
            changed = change.applyTo(solved.school());
        } catch (InvalidSchoolException e) {
            throw new InvalidRequest(e.field(), e.getMessage());
        }
        return queue(caller, ownerOf(id), changed, scenario, false);
    }
    /** Queues one solve; {@code saveInputs}: the inputs become the school's newest (a submission, not a what-if). */
    private SolveResult queue(Caller caller, String owner, SchoolRequest school, String scenario,
                              boolean saveInputs) {
        return queue(caller, owner, school, scenario, saveInputs, null);
    }
    /**
     * Stores the job in the queue (the database) and wakes this node's dispatcher; any node with a free slot may
     * claim it. {@code replan}: a minimal-change re-plan, else an ordinary solve.
     */
    private SolveResult queue(Caller caller, String owner, SchoolRequest school, String scenario,
                              boolean saveInputs, ReplanStart replan) {
        // Checked here so an unknown plugin is a 400 now; the node that runs the solve selects them again.
        ChosenPolicies.of(plugins, school.options());
        String name = scenarioName(scenario);
        SolveResult queued = gate.admit(() -> {
            checkLimits(caller, owner, List.of(school), false);
            long waiting = store.unfinished();
            if (waiting >= queueCapacity) {
                throw new QueueFull(waiting);
            }
            return store.create(school, owner, caller.username(), null, name, replan);
        });
        dispatcher.submitted();
        audit.record(caller.username(), AuditAction.SOLVE_SUBMITTED, queued.id(), describe(school, owner));
        if (owner != null && saveInputs) {
            try {
                inputs.save(owner, school, caller.username(), queued.id());
            } catch (RuntimeException e) {
                // The solve is queued and keeps its own inputs; only the form's starting point stays as it was.
                LOG.log(Level.WARNING, "The inputs of solve " + queued.id() + " were not saved for " + owner, e);
            }
        }
        return queued;
    }
    private static String scenarioName(String scenario) {
        if (scenario == null || scenario.isBlank()) {
            return null;
        }
        if (scenario.strip().length() > SolveResult.MAX_SCENARIO) {
            throw new InvalidRequest("scenario", "a scenario's name has at most " + SolveResult.MAX_SCENARIO
                    + " characters");
        }
        return scenario.strip();
    }
    /**
     * Queues every school of a district's list as its own solve, all owned by the same school (or all district
     * work), all or none: when the queue cannot take them all, none is queued. Answers the batch's status.
     */
    public BatchStatus submitBatch(@NotNull Caller caller, String schoolId, @NotNull List<SchoolRequest> schools) {
        if (schools.isEmpty()) {
            throw new InvalidRequest("schools", "a batch needs at least one school");
        }
        String owner = ownerFor(caller, schoolId);
        String batchId = queueBatch(caller, owner, schools, Collections.nCopies(schools.size(), null));
        audit.record(caller.username(), AuditAction.BATCH_SUBMITTED, batchId,
                schools.size() + " schools" + (owner == null ? "" : " for " + owner));
        return solves.batch(caller, batchId);
    }
    /**
     * Re-plans plan {@code rank} of a solve the caller may see with minimal change: the school with these changes,
     * its {@code locked} classes kept exactly as they are, the fewest children moved to another class (then the
     * fewest composites, then the smallest largest class, the most even sizes, the smallest spreads within grades),
     * under the size policy a solve of the school has. A new solve with that one plan, its message saying what moved;
     * the school's saved inputs stay as they are.
     */
    public SolveResult replanFromPlan(@NotNull Caller caller, @NotNull String id, int rank,
                                      @NotNull SchoolChange change, @NotNull Set<String> locked, String scenario) {
        SolveResult solved = solves.find(caller, id);
        ClassPlan reference = Solves.planOf(solved, rank, "rank");
        SchoolRequest changed;
        try {
            changed = change.applyTo(solved.school());
        } catch (InvalidSchoolException e) {
            throw new InvalidRequest(e.field(), e.getMessage());
        }
        Set<String> labels = reference.classes().stream().map(planned -> planned.label()).collect(Collectors.toSet());
        for (String label : locked) {
            if (!labels.contains(label)) {
                throw new InvalidRequest("locked", "plan " + rank + " has no class " + label + "; its classes are "
                        + String.join(", ", reference.classes().stream().map(planned -> planned.label()).toList()));
            }
        }
        return queue(caller, ownerOf(id), changed, scenario, false,
                new ReplanStart(reference, locked.stream().sorted().toList()));
    }
    /**
     * A staffing sweep: plans the school of a stored solve once for each number of teachers from {@code from} to
     * {@code to} (by default two fewer to two more than it had), all else as it was, as one batch (each solve named
     * "N teachers"). Answers the batch's status.
     */
    public BatchStatus sweep(@NotNull Caller caller, @NotNull String id, Integer from, Integer to) {
        SolveResult solved = solves.find(caller, id);
        int teachers = solved.school().teachers();
        int fewest = from != null ? from : Math.max(1, teachers - 2);
        if (fewest < 1 || fewest > SchoolRequest.MAX_TEACHERS) {
            throw new InvalidRequest("from", "the fewest teachers is 1 to " + SchoolRequest.MAX_TEACHERS
                    + ", not " + fewest);
        }
        int most = to != null ? to : Math.min(SchoolRequest.MAX_TEACHERS, Math.max(fewest, teachers) + 2);
        if (most < fewest || most - fewest + 1 > MAX_SWEEP || most > SchoolRequest.MAX_TEACHERS) {
            throw new InvalidRequest("to", "a sweep runs from " + fewest + " to at most "
                    + Math.min(fewest + MAX_SWEEP - 1, SchoolRequest.MAX_TEACHERS) + " teachers, not " + most);
        }
        List<SchoolRequest> schools = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        for (int count = fewest; count <= most; count++) {
            schools.add(SchoolChange.teachers(count).applyTo(solved.school()));
            scenarios.add(count + " teachers");
        }
        String owner = ownerOf(id);
        String batchId = queueBatch(caller, owner, schools, scenarios);
        audit.record(caller.username(), AuditAction.BATCH_SUBMITTED, batchId, "staffing sweep of "
                + solved.school().name() + ", " + fewest + " to " + most + " teachers");
        return solves.batch(caller, batchId);
    }
    /** Queues the schools as one batch, all or none; answers the batch's id. */
    private String queueBatch(Caller caller, String owner, List<SchoolRequest> schools, List<String> scenarios) {
        schools.forEach(school -> ChosenPolicies.of(plugins, school.options()));
        String batchId = UUID.randomUUID().toString();
        gate.admit(() -> {
            checkLimits(caller, owner, schools, true);
            long waiting = store.unfinished();
            if (waiting + schools.size() > queueCapacity) {
                throw new QueueFull(waiting);
            }
            List<SolveResult> created = new ArrayList<>();
            for (int i = 0; i < schools.size(); i++) {
                created.add(store.create(schools.get(i), owner, caller.username(), batchId, scenarios.get(i)));
            }
            return created;
        });
        dispatcher.submitted();
        return batchId;
    }
    /**
     * Asks the solve to stop; a running solve stops within moments and keeps the plans found so far.
     *
     * @return whether the solve was still unfinished (false: it had already ended, and is left as it was)
     */
    public boolean cancel(@NotNull Caller caller, @NotNull String id) {
        solves.find(caller, id);
        boolean stopping = store.requestCancel(id);
        if (stopping) {
            dispatcher.stop(id);
            audit.record(caller.username(), AuditAction.SOLVE_CANCELLED, id, null);
        }
        return stopping;
    }
    private String ownerFor(Caller caller, String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            if (caller.districtAdmin()) {
                return null;
            }
            if (caller.schools().size() == 1) {
                return caller.schools().iterator().next();
            }
            throw new InvalidRequest("school", "you belong to several schools; name the one this solve is for: "
                    + String.join(", ", caller.schools().stream().sorted().toList()));
        }
        String id = schoolId.strip();
        if (!caller.districtAdmin() && !caller.schools().contains(id)) {
            throw new InvalidRequest("school", "you can plan for " + String.join(", ",
                    caller.schools().stream().sorted().toList()) + " only");
        }
        if (accounts.school(id).isEmpty()) {
            throw new InvalidRequest("school", "there is no school " + id);
        }
        return id;
    }
    /**
     * Refuses the submission when a school asks for more solving than the caller's role may (400, naming the
     * field; in a batch, {@code schools[i].…}), or when the caller's account or the owning school would pass its
     * quota of unfinished solves (429): a batch counts all its schools, and is taken whole or not at all.
     */
    private void checkLimits(Caller caller, String owner, List<SchoolRequest> schools, boolean batch) {
        for (int i = 0; i < schools.size(); i++) {
            String prefix = batch ? "schools[" + i + "]." : "";
            limits.solvingRefusal(caller.districtAdmin(), schools.get(i).options()).ifPresent(refusal -> {
                throw new InvalidRequest(prefix + refusal.field(), refusal.message());
            });
        }
        long ofSchool = owner == null ? 0 : store.unfinishedOwnedBy(owner);
        limits.exceeded(caller.districtAdmin(), store.unfinishedSubmittedBy(caller.username()), owner, ofSchool,
                schools.size()).ifPresent(quota -> {
                    throw new QuotaExceeded(quota.limit(), quota.message());
                });
    }
    private static String describe(SchoolRequest school, String owner) {
        return school.name() + (owner == null ? " (district)" : " for " + owner);
    }

    /** The school owning a solve read just before ({@code null}: district work); gone meanwhile: not found. */
    private String ownerOf(String id) {
        return store.ownerOf(id).orElseThrow(() -> new SolveNotFound(id)).schoolId();
    }
}
