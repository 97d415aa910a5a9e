package org.classcruncher.solve.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SolveResult;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.solve.control.Viewer;
import org.classcruncher.solve.entity.BatchStatus;
import org.classcruncher.solve.entity.SolvePage;
import org.classcruncher.solve.entity.SolveQuery;
import org.classcruncher.solve.entity.SolveSummary;

/**
 * Reading the solves of schools: one solve, a page of them, a batch, the plans, and exports (which the audit log
 * records). Submitting is {@link Submissions}'s, adjusting a plan by hand {@link PlanEdits}'s. The REST API and the
 * portal both call these.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Solves {

    @Inject
    SolveStore store;

    @Inject
    AuditLog audit;

    /** A batch's status, counting the solves the caller may see; a batch with none of them is not found. */
    public BatchStatus batch(@NotNull Caller caller, @NotNull String batchId) {
        List<SolveSummary> solves = store.batch(batchId, viewer(caller));
        if (solves.isEmpty()) {
            throw new SolveNotFound("batch " + batchId);
        }
        return BatchStatus.of(batchId, solves);
    }

    /** A page of the solves the caller may see, filtered and sorted on the server. */
    public SolvePage list(@NotNull Caller caller, @NotNull SolveQuery query) {
        return store.list(query, viewer(caller));
    }

    /** The solve, if the caller may see it; another school's solve is "not found", as if it did not exist. */
    public SolveResult find(@NotNull Caller caller, @NotNull String id) {
        return store.find(id, viewer(caller)).orElseThrow(() -> new SolveNotFound(id));
    }

    /** The newest other solves of the same school as a solve the caller may see: what it can be compared with. */
    public List<SolveSummary> siblings(@NotNull Caller caller, @NotNull String id, int most) {
        find(caller, id);
        return store.siblings(id, viewer(caller), most);
    }

    /** The school that owns a solve the caller may see ({@code null}: district work). */
    public String owner(@NotNull Caller caller, @NotNull String id) {
        find(caller, id);
        return ownerOf(id);
    }

    /** The school owning a solve read just before ({@code null}: district work); gone meanwhile: not found. */
    private String ownerOf(String id) {
        return store.ownerOf(id).orElseThrow(() -> new SolveNotFound(id)).schoolId();
    }

    /**
     * The plan of this rank of a solve the caller may see, for export; the audit log records who exported it.
     */
    public ExportedPlan exportPlan(@NotNull Caller caller, @NotNull String id, int rank) {
        SolveResult solve = find(caller, id);
        ClassPlan plan = planOf(solve, rank, "rank");
        audit.record(caller.username(), AuditAction.PLAN_EXPORTED, id, "plan " + rank + " of " + solve.school().name());
        return new ExportedPlan(solve.school().name(),
                solve.school().grades().stream().map(GradeSpec::grade).toList(), plan);
    }

    /** The plan of this rank of a solve the caller may see. */
    public ClassPlan plan(@NotNull Caller caller, @NotNull String id, int rank) {
        return planOf(find(caller, id), rank, "rank");
    }

    /** The plan of this rank of a solve; a rank it lacks is a bad {@code field}. */
    static ClassPlan planOf(SolveResult solve, int rank, String field) {
        return solve.plans().stream()
                .filter(candidate -> candidate.rank() == rank)
                .findFirst()
                .orElseThrow(() -> new InvalidRequest(field, solve.plans().isEmpty()
                        ? "solve " + solve.id() + " has no plan (status " + solve.status() + ")"
                        : "solve " + solve.id() + " has plans 1 to " + solve.plans().size() + ", not " + rank));
    }

    /**
     * A solve the caller may see, for an export of all its plans or of the plan of rank {@code rank} (a PDF, class
     * shells); the audit log records who exported what.
     *
     * @param rank the plan exported, or {@code null} for all of them
     */
    public SolveResult exportSolve(@NotNull Caller caller, @NotNull String id, Integer rank, @NotNull String format) {
        SolveResult solve = find(caller, id);
        if (rank != null) {
            planOf(solve, rank, "rank");
        } else if (solve.plans().isEmpty()) {
            throw new InvalidRequest("id", "solve " + id + " has no plan (status " + solve.status() + ")");
        }
        audit.record(caller.username(), AuditAction.PLAN_EXPORTED, id, (rank == null ? "all plans" : "plan " + rank)
                + " of " + solve.school().name() + " as " + format);
        return solve;
    }

    /** The schools whose solves the caller sees. */
    static Viewer viewer(Caller caller) {
        return caller.districtAdmin() ? Viewer.everything() : Viewer.ofSchools(caller.schools());
    }

}
