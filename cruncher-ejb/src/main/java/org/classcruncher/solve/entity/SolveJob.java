package org.classcruncher.solve.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.classcruncher.api.SolveStatus;

/**
 * One solve as the database keeps it: its state in columns of their own (status, times, message, claim), which each
 * step of its life changes and nothing else, and the request and the result as JSON in the API's format, each
 * written once: the request when the solve is submitted, the result (plans, diagnosis, plugins) when it finishes
 * (and again when a plan adjusted by hand is added). Never leaves the business layer: boundaries hand out
 * {@code SolveResult} records.
 */
@Entity
@Table(name = "SOLVE_JOB", indexes = {
        @Index(name = "SOLVE_JOB_STATUS", columnList = "STATUS"),
        @Index(name = "SOLVE_JOB_SUBMITTED", columnList = "SUBMITTED_AT"),
        @Index(name = "SOLVE_JOB_BATCH", columnList = "BATCH_ID"),
        @Index(name = "SOLVE_JOB_SCHOOL", columnList = "SCHOOL_ID")})
public class SolveJob {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SCHOOL_NAME", nullable = false, length = 200)
    private String schoolName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private SolveStatus status;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Lob
    @Column(name = "REQUEST_JSON", nullable = false)
    private String requestJson;

    /** What the solve produced (plans, diagnosis, plugins); {@code null} until it finished with something. */
    @Lob
    @Column(name = "RESULT_JSON")
    private String resultJson;

    /** A note for people: why it was run again, stopped early or failed; {@code null} if none. */
    @Column(name = "MESSAGE", length = MESSAGE_LENGTH)
    private String message;

    /** The planner's own time, once finished. */
    @Column(name = "SOLVE_MILLIS")
    private Long solveMillis;

    /** How many plans the result holds, for the job list (which reads no JSON). */
    @Column(name = "PLAN_COUNT", nullable = false)
    private int planCount;

    @Column(name = "BATCH_ID", length = 36)
    private String batchId;

    /** The school that owns the job; {@code null} for district work, which only district admins see. */
    @Column(name = "SCHOOL_ID", length = 64)
    private String schoolId;

    @Column(name = "SUBMITTED_BY", length = 64)
    private String submittedBy;

    /** The name the solve was given as a scenario, e.g. "2027 with 21 teachers"; {@code null} if none. */
    @Column(name = "SCENARIO", length = 200)
    private String scenario;

    /** How many times a server started running the job: a job that keeps stopping the server is not run forever. */
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    /** The node that claimed the job last, while it runs or after; {@code null} until it is first claimed. */
    @Column(name = "NODE_ID", length = 100)
    private String nodeId;

    /** How many times the job was claimed: a finish carrying an older number comes from a lost claim. */
    @Column(name = "CLAIM", nullable = false)
    private long claim;

    /** Until when the claiming node's heartbeat holds the job; after it, any node may claim it again. */
    @Column(name = "LEASE_UNTIL")
    private Instant leaseUntil;

    /** A cancel asked on any node, for the node running the job to act on. */
    @Column(name = "CANCEL_REQUESTED", nullable = false)
    private boolean cancelRequested;

    /** What a minimal-change re-plan starts from, as JSON; {@code null} for an ordinary solve. */
    @Lob
    @Column(name = "REPLAN_JSON")
    private String replanJson;

    @Version
    @Column(name = "VERSION")
    private long version;

    /** Longest message kept; a longer one is cut. */
    public static final int MESSAGE_LENGTH = 4000;

    protected SolveJob() {
    }

    public SolveJob(String id, String batchId, String schoolId, String submittedBy, String schoolName,
                    String scenario, Instant submittedAt, String requestJson) {
        this.id = id;
        this.scenario = scenario;
        this.batchId = batchId;
        this.schoolId = schoolId;
        this.submittedBy = submittedBy;
        this.schoolName = schoolName.length() > 200 ? schoolName.substring(0, 200) : schoolName;
        this.status = SolveStatus.QUEUED;
        this.submittedAt = submittedAt;
        this.requestJson = requestJson;
    }

    /**
     * {@code node} claims the job at {@code at} until {@code until}, with this note ({@code null}: the one it had);
     * answers the claim's number.
     */
    public long claimBy(String node, Instant at, Instant until, String note) {
        attempts++;
        claim++;
        status = SolveStatus.RUNNING;
        startedAt = at;
        nodeId = node;
        leaseUntil = until;
        if (note != null) {
            message = fitted(note);
        }
        return claim;
    }

    /** The job ended at {@code at} without a result of its own (cancelled, failed, overdue). */
    public void end(SolveStatus newStatus, Instant at, long millis, String note) {
        status = newStatus;
        if (startedAt == null) {
            startedAt = at;
        }
        finishedAt = at;
        solveMillis = millis;
        message = fitted(note);
    }

    /** The result now holds a plan more (adjusted by hand). */
    public void result(String newResultJson, int plans) {
        resultJson = newResultJson;
        planCount = plans;
    }

    /** The note as the message column keeps it: cut at {@value #MESSAGE_LENGTH} characters. */
    public static String fitted(String note) {
        return note == null || note.length() <= MESSAGE_LENGTH ? note : note.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    public void requestCancel() {
        cancelRequested = true;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public long claim() {
        return claim;
    }

    public String nodeId() {
        return nodeId;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String replanJson() {
        return replanJson;
    }

    public void replanFrom(String json) {
        this.replanJson = json;
    }

    public int attempts() {
        return attempts;
    }

    public String id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String scenario() {
        return scenario;
    }

    public String schoolName() {
        return schoolName;
    }

    public SolveStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String requestJson() {
        return requestJson;
    }

    public String resultJson() {
        return resultJson;
    }

    public String message() {
        return message;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Long solveMillis() {
        return solveMillis;
    }

    public int planCount() {
        return planCount;
    }
}
