package org.classcruncher.school.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.classcruncher.account.boundary.AccountNotFound;
import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.school.control.InputsStore;
import org.classcruncher.school.entity.SavedInputs;
import org.classcruncher.problem.InvalidRequest;

/**
 * A school's current inputs, kept and versioned, for the users of the school and district admins: the plan form
 * opens with the newest version, and every solve submitted for the school (a what-if, a sweep or a batch does not)
 * saves its inputs as a new version when they changed. A school the caller may not act for is "not found", as if it did not exist.
 */
@Stateless
public class SchoolInputs {

    @Inject
    InputsStore store;

    @Inject
    AccountStore accounts;

    @Inject
    AuditLog audit;

    /** The school's newest inputs. */
    public SavedInputs latest(@NotNull Caller caller, @NotNull String schoolId) {
        visible(caller, schoolId);
        return store.latest(schoolId).orElseThrow(() -> new AccountNotFound("School " + schoolId
                + " has no inputs saved yet: save them, or plan the school once."));
    }

    /**
     * A page of the school's kept versions ({@value InputsStore#KEPT_VERSIONS} at most, the oldest deleted first),
     * newest first.
     */
    public List<SavedInputs> versions(@NotNull Caller caller, @NotNull String schoolId, int page, int size) {
        visible(caller, schoolId);
        return store.versions(schoolId, page, size);
    }

    /** One version of the school's inputs. */
    public SavedInputs version(@NotNull Caller caller, @NotNull String schoolId, int version) {
        visible(caller, schoolId);
        return store.version(schoolId, version).orElseThrow(() -> new AccountNotFound("School " + schoolId
                + " has no inputs version " + version + "."));
    }

    /** Saves the inputs as the school's newest version (answers the newest unchanged when they are the same). */
    public SavedInputs save(@NotNull Caller caller, @NotNull String schoolId, @NotNull SchoolRequest inputs) {
        visible(caller, schoolId);
        return saved(caller, schoolId, inputs);
    }

    /**
     * Replaces the grades of the school's newest inputs (e.g. with a spreadsheet's) and saves the result as the
     * newest version, in one transaction: inputs saved meanwhile cannot be overwritten with older ones.
     */
    public SavedInputs replaceGrades(@NotNull Caller caller, @NotNull String schoolId,
                                     @NotNull List<GradeSpec> grades) {
        SchoolRequest school = latest(caller, schoolId).inputs();
        SchoolRequest replaced;
        try {
            replaced = new SchoolRequest(school.name(), school.teachers(), school.minSubclassSize(), grades,
                    school.composites(), school.options());
        } catch (InvalidSchoolException e) {
            // e.g. the new grades drop a grade an allowed composite holds: the caller's mistake, said as such.
            throw new InvalidRequest(e.field(), e.getMessage());
        }
        return saved(caller, schoolId, replaced);
    }

    private SavedInputs saved(Caller caller, String schoolId, SchoolRequest inputs) {
        int before = store.latest(schoolId).map(SavedInputs::version).orElse(0);
        SavedInputs saved = store.save(schoolId, inputs, caller.username(), null);
        if (saved.version() != before) {
            audit.record(caller.username(), AuditAction.INPUTS_SAVED, schoolId, "version " + saved.version());
        }
        return saved;
    }

    private void visible(Caller caller, String schoolId) {
        if (!caller.mayActFor(schoolId) || accounts.school(schoolId).isEmpty()) {
            throw new AccountNotFound("No school " + schoolId + ".");
        }
    }
}
