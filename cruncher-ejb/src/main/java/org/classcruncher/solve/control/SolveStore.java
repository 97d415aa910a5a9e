package org.classcruncher.solve.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.classcruncher.api.Adjustment;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Timings;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.solve.entity.SolveJob;
import org.classcruncher.solve.entity.SolvePage;
import org.classcruncher.solve.entity.SolveQuery;
import org.classcruncher.solve.entity.SolveSummary;

/**
 * Keeps every solve in the database (one transaction per change; reads join the caller's transaction or run without
 * one): created QUEUED, then RUNNING, then finished. Each change writes the job's state columns only; the request and
 * the result are stored once each as JSON in the API's format, so what a client reads after a restart is what it
 * read before.
 */
@Stateless
public class SolveStore {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores a new queued solve owned by {@code schoolId} ({@code null}: district work), part of the batch
     * {@code batchId} if not {@code null}, named as the scenario {@code scenario} if not {@code null}.
     */
    public SolveResult create(SchoolRequest school, String schoolId, String submittedBy, String batchId,
                              String scenario) {
        return create(school, schoolId, submittedBy, batchId, scenario, null);
    }

    /** As {@link #create(SchoolRequest, String, String, String, String)}, a minimal-change re-plan when {@code replan}. */
    public SolveResult create(SchoolRequest school, String schoolId, String submittedBy, String batchId,
                              String scenario, ReplanStart replan) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        SolveResult queued = SolveResult.queued(id, school, scenario, Timings.submitted(now));
        SolveJob job = new SolveJob(id, batchId, schoolId, submittedBy, school.name(), scenario, now,
                JSONB.toJson(school));
        if (replan != null) {
            job.replanFrom(JSONB.toJson(replan));
        }
        entityManager.persist(job);
        return queued;
    }

    /** The solves of a batch that the viewer may see, in the order submitted. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SolveSummary> batch(String batchId, Viewer viewer) {
        TypedQuery<SolveSummary> query = entityManager.createQuery(SUMMARIES + " where j.batchId = :batch"
                + viewer.condition("j") + " order by j.submittedAt, j.id", SolveSummary.class)
                .setParameter("batch", batchId);
        viewer.bind(query);
        return query.getResultList();
    }

    /** The job list's lines, from the state columns alone: no JSON is read. */
    private static final String SUMMARIES = "select new " + SolveSummary.class.getName() + "(j.id, j.schoolName, "
            + "j.status, j.submittedAt, j.finishedAt, j.planCount, j.schoolId, j.submittedBy, j.scenario) "
            + "from SolveJob j";

    /** Any solve, for the server's own work (runner, timers). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SolveResult> find(String id) {
        return Optional.ofNullable(entityManager.find(SolveJob.class, id)).map(SolveStore::result);
    }

    /** The solve, if the viewer may see it: another school's solve is as good as absent. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SolveResult> find(String id, Viewer viewer) {
        TypedQuery<SolveJob> query = entityManager.createQuery("select j from SolveJob j where j.id = :id"
                + viewer.condition("j"), SolveJob.class)
                .setParameter("id", id);
        viewer.bind(query);
        return query.getResultStream().findFirst().map(SolveStore::result);
    }

    /** Who owns a solve, if it exists: a school, or the district ({@code schoolId} {@code null}). */
    public record Owner(String schoolId) {
    }

    /** The owner of a solve; empty when there is no such solve (any more). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Owner> ownerOf(String id) {
        return Optional.ofNullable(entityManager.find(SolveJob.class, id)).map(job -> new Owner(job.schoolId()));
    }

    /** The school a job was submitted with. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SchoolRequest> request(String id) {
        return Optional.ofNullable(entityManager.find(SolveJob.class, id)).map(SolveStore::school);
    }

    /** A job running when its node stopped this many times is failed rather than claimed again. */
    public static final int MOST_ATTEMPTS = 2;

    /**
     * Claims the next job for {@code node} until {@code until}: of the queued jobs, and the running ones whose lease
     * ran out (their node stopped), the oldest of the owner with the fewest running jobs, so one school's flood
     * never starves another. The row is locked and rows other nodes hold are skipped ({@code SKIP LOCKED}), so two
     * nodes never claim one job. A job that was running at {@value #MOST_ATTEMPTS} stops is failed instead.
     */
    public Optional<Claim> claimNext(String node, Instant until) {
        Instant now = clock.instant();
        while (true) {
            List<?> found = entityManager.createNativeQuery(CLAIMABLE, SolveJob.class)
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            SolveJob job = (SolveJob) found.get(0);
            if (job.status() == SolveStatus.RUNNING && job.attempts() >= MOST_ATTEMPTS) {
                job.end(SolveStatus.FAILED, now, 0, "The server running this solve stopped " + MOST_ATTEMPTS
                        + " times while it ran; it is not run again. A policy plugin it uses, or the school itself, "
                        + "may be what stops the server.");
                entityManager.flush();
                continue;
            }
            boolean again = job.status() == SolveStatus.RUNNING;
            long number = job.claimBy(node, now, until,
                    again ? "Run again: the server that was running it (" + job.nodeId() + ") stopped." : null);
            ReplanStart replan = job.replanJson() == null ? null : JSONB.fromJson(job.replanJson(), ReplanStart.class);
            return Optional.of(new Claim(job.id(), number, school(job), replan, again, job.submittedAt()));
        }
    }

    /**
     * Queued jobs and running ones whose lease ran out, the owner with the fewest running jobs first (district work
     * counts as one owner), then the oldest: the whole row, locked, skipping rows another node holds. The same SQL on
     * PostgreSQL and H2; the unfinished jobs are found through the status index (an OR of two statuses would read
     * every finished job too).
     */
    static final String CLAIMABLE = "SELECT j.* FROM SOLVE_JOB j "
            + "WHERE j.STATUS IN ('QUEUED', 'RUNNING') "
            + "AND (j.STATUS = 'QUEUED' OR j.LEASE_UNTIL IS NULL OR j.LEASE_UNTIL < ?1) "
            + "ORDER BY (SELECT COUNT(*) FROM SOLVE_JOB r WHERE r.STATUS = 'RUNNING' "
            + "AND COALESCE(r.SCHOOL_ID, '') = COALESCE(j.SCHOOL_ID, '')), j.SUBMITTED_AT, j.ID "
            + "LIMIT 1 FOR UPDATE SKIP LOCKED";

    /**
     * Extends to {@code until} the leases of the jobs {@code node} is running ({@code ids}): its heartbeat. Only those:
     * a job the node claimed but could not start runs out of lease and is claimed again.
     */
    public int renewLeases(String node, java.util.Collection<String> ids, Instant until) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("update SolveJob j set j.leaseUntil = :until where j.nodeId = :node "
                        + "and j.status = :running and j.id in :ids")
                .setParameter("until", until)
                .setParameter("node", node)
                .setParameter("running", SolveStatus.RUNNING)
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate();
    }

    /**
     * Ends the leases of the running jobs of {@code node} ({@code null}: of every node), so they are claimed again at
     * once: a node starting again knows the jobs it ran before are not running any more.
     */
    public int releaseClaims(String node) {
        jakarta.persistence.Query release = entityManager.createQuery("update SolveJob j set j.leaseUntil = null "
                        + "where j.status = :running" + (node == null ? "" : " and j.nodeId = :node"))
                .setParameter("running", SolveStatus.RUNNING);
        if (node != null) {
            release.setParameter("node", node);
        }
        return release.executeUpdate();
    }

    /**
     * Of the jobs this node runs (id to claim number), those it should stop: cancelled, ended by another node
     * (overdue), or claimed again by another node after this one's lease ran out.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> toStop(Map<String, Long> running) {
        if (running.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("select j.id, j.status, j.claim, j.cancelRequested "
                        + "from SolveJob j where j.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(running.keySet()))
                .getResultList();
        List<String> stop = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] != SolveStatus.RUNNING || !running.get((String) row[0]).equals(row[2])
                    || Boolean.TRUE.equals(row[3])) {
                stop.add((String) row[0]);
            }
        }
        running.keySet().stream().filter(id -> rows.stream().noneMatch(row -> id.equals(row[0]))).forEach(stop::add);
        return stop;
    }

    /**
     * Records the outcome of a claimed job; answers whether it was recorded. A finish from a lost claim (the job
     * was claimed again since, or ended meanwhile) is discarded: the job's newer claim or end stands.
     */
    public boolean finish(String id, long claim, PlanningOutcome outcome, long solveMillis) {
        StoredResult result = new StoredResult(outcome.plans(), outcome.diagnosis(), outcome.plugins());
        boolean empty = result.plans().isEmpty() && result.diagnosis() == null && result.plugins().isEmpty();
        // A planning with nothing to say keeps the note it ran under ("Run again: the server … stopped.").
        return endClaimed(id, claim, outcome.status(), outcome.message(), solveMillis, empty ? null : result);
    }

    /** Fails a claimed job, unless the claim was lost meanwhile (see {@link #finish}). */
    public boolean fail(String id, long claim, String reason, long solveMillis) {
        return endClaimed(id, claim, SolveStatus.FAILED, reason, solveMillis, null);
    }

    /** Ends a claimed job with this status, unless the claim was lost meanwhile (see {@link #finish}). */
    public boolean end(String id, long claim, SolveStatus status, String message, long solveMillis) {
        return endClaimed(id, claim, status, message, solveMillis, null);
    }

    /**
     * One statement, which writes the state and the result (if any) only while the claim holds: the row's lock is
     * taken by the update itself, and a claim lost meanwhile matches no row. {@code message} {@code null}: the job
     * keeps its note.
     */
    private boolean endClaimed(String id, long claim, SolveStatus status, String message, long solveMillis,
                               StoredResult result) {
        jakarta.persistence.Query end = entityManager.createQuery("update SolveJob j set j.status = :status, "
                        + "j.finishedAt = :at, j.solveMillis = :millis, j.version = j.version + 1"
                        + (message == null ? "" : ", j.message = :message")
                        + (result == null ? "" : ", j.resultJson = :result, j.planCount = :plans")
                        + " where j.id = :id and j.status = :running and j.claim = :claim")
                .setParameter("status", status)
                .setParameter("at", clock.instant())
                .setParameter("millis", solveMillis)
                .setParameter("id", id)
                .setParameter("running", SolveStatus.RUNNING)
                .setParameter("claim", claim);
        if (message != null) {
            end.setParameter("message", SolveJob.fitted(message));
        }
        if (result != null) {
            end.setParameter("result", JSONB.toJson(result)).setParameter("plans", result.plans().size());
        }
        return end.executeUpdate() == 1;
    }

    /**
     * Ends an unfinished solve with this status and message (e.g. cancelled while queued, or overdue); answers
     * whether it did (false: it had ended already and stays as it was).
     */
    public boolean end(String id, SolveStatus status, String message, long solveMillis) {
        SolveJob job = locked(id);
        if (job == null || job.status().finished()) {
            return false;
        }
        job.end(status, clock.instant(), solveMillis, message);
        return true;
    }

    /**
     * Adds a plan adjusted by hand to a solve's plans, after the others, and answers the solve with it; the row is
     * locked so two adjustments saved at once get ranks of their own.
     */
    public SolveResult addAdjustedPlan(String id, List<PlannedClass> classes, String by, int from) {
        SolveJob job = locked(id);
        StoredResult stored = stored(job);
        List<ClassPlan> plans = new ArrayList<>(stored.plans());
        plans.add(ClassPlan.adjusted(plans.size() + 1, classes, new Adjustment(by, from, clock.instant())));
        job.result(JSONB.toJson(new StoredResult(plans, stored.diagnosis(), stored.plugins())), plans.size());
        return result(job);
    }

    /**
     * Asks an unfinished solve to stop: a queued one is cancelled at once, a running one is flagged for its node.
     * Answers whether the solve was still unfinished.
     */
    public boolean requestCancel(String id) {
        SolveJob job = locked(id);
        if (job == null || job.status().finished()) {
            return false;
        }
        if (job.status() == SolveStatus.QUEUED) {
            end(id, SolveStatus.CANCELLED, "Cancelled before it started.", 0);
        } else {
            // The node running it reads the flag at its next look (the boundary also tells the nodes at once).
            job.requestCancel();
        }
        return true;
    }

    /** How many solves wait in the queue, for any node to claim. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long queued() {
        return entityManager.createQuery("select count(j) from SolveJob j where j.status = :queued", Long.class)
                .setParameter("queued", SolveStatus.QUEUED)
                .getSingleResult();
    }

    /** How many solves are queued or running. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unfinished() {
        return entityManager.createQuery("select count(j) from SolveJob j where j.status in :statuses", Long.class)
                .setParameter("statuses", List.of(SolveStatus.QUEUED, SolveStatus.RUNNING))
                .getSingleResult();
    }

    /** How many solves this account has submitted that are queued or running (its quota's count). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unfinishedSubmittedBy(String username) {
        return entityManager.createQuery("select count(j) from SolveJob j where j.submittedBy = :username "
                        + "and j.status in :statuses", Long.class)
                .setParameter("username", username)
                .setParameter("statuses", List.of(SolveStatus.QUEUED, SolveStatus.RUNNING))
                .getSingleResult();
    }

    /** How many solves this school owns that are queued or running, whoever submitted them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unfinishedOwnedBy(String schoolId) {
        return entityManager.createQuery("select count(j) from SolveJob j where j.schoolId = :school "
                        + "and j.status in :statuses", Long.class)
                .setParameter("school", schoolId)
                .setParameter("statuses", List.of(SolveStatus.QUEUED, SolveStatus.RUNNING))
                .getSingleResult();
    }

    /** Ids of the solves with this status, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> withStatus(SolveStatus status) {
        return entityManager.createQuery("select j.id from SolveJob j where j.status = :status "
                        + "order by j.submittedAt", String.class)
                .setParameter("status", status)
                .getResultList();
    }

    /** Deletes the solves that finished before {@code cutoff}; answers how many. */
    public int purgeFinishedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from SolveJob j where j.finishedAt < :cutoff "
                        + "and j.status not in :unfinished")
                .setParameter("cutoff", cutoff)
                .setParameter("unfinished", List.of(SolveStatus.QUEUED, SolveStatus.RUNNING))
                .executeUpdate();
    }

    /** The newest solves of the same owner as this one (district work: of district work), this one left out. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SolveSummary> siblings(String id, Viewer viewer, int most) {
        Optional<Owner> found = ownerOf(id);
        if (found.isEmpty()) {
            return List.of();
        }
        String owner = found.get().schoolId();
        TypedQuery<SolveSummary> query = entityManager.createQuery(SUMMARIES + " where j.id <> :id and "
                + (owner == null ? "j.schoolId is null" : "j.schoolId = :owner") + viewer.condition("j")
                + " order by j.submittedAt desc", SolveSummary.class)
                .setParameter("id", id)
                .setMaxResults(most);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        viewer.bind(query);
        return query.getResultList();
    }

    /** A page of solves, newest first unless asked otherwise, filtered on the server. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SolvePage list(SolveQuery query, Viewer viewer) {
        List<String> conditions = new ArrayList<>();
        if (!viewer.seesAll()) {
            conditions.add(viewer.predicate("j"));
        }
        if (query.text() != null) {
            conditions.add("(lower(j.schoolName) like :text or lower(j.scenario) like :text)");
        }
        if (query.status() != null) {
            conditions.add("j.status = :status");
        }
        if (query.submittedFrom() != null) {
            conditions.add("j.submittedAt >= :from");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<SolveSummary> page = entityManager.createQuery(SUMMARIES + where + " order by "
                + query.orderBy("j"), SolveSummary.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(j) from SolveJob j" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            if (query.text() != null) {
                q.setParameter("text", "%" + query.text().toLowerCase(Locale.ROOT) + "%");
            }
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.submittedFrom() != null) {
                q.setParameter("from", query.submittedFrom());
            }
            viewer.bind(q);
        }
        List<SolveSummary> items = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        return new SolvePage(items, query.page(), query.size(), count.getSingleResult());
    }

    /**
     * The job, with its row locked until the transaction ends: the runner starting a solve and a user cancelling it
     * may race, and each must see the other's change rather than fail on the version check or overwrite it.
     */
    private SolveJob locked(String id) {
        return entityManager.find(SolveJob.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The solve as the API shows it: its state from the columns, the school and the result from their JSON. */
    private static SolveResult result(SolveJob job) {
        StoredResult stored = stored(job);
        return new SolveResult(job.id(), school(job), job.status(), stored.plans(), stored.diagnosis(), job.message(),
                new Timings(job.submittedAt(), job.startedAt(), job.finishedAt(), job.solveMillis()),
                stored.plugins(), job.scenario(), job.nodeId());
    }

    private static StoredResult stored(SolveJob job) {
        return job.resultJson() == null ? StoredResult.NONE : JSONB.fromJson(job.resultJson(), StoredResult.class);
    }

    private static SchoolRequest school(SolveJob job) {
        return JSONB.fromJson(job.requestJson(), SchoolRequest.class);
    }
}
