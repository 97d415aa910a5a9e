package org.classcruncher.school.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * One version of a school's inputs (teachers, grades, composites, options) as JSON in the API's format; versions
 * are numbered from 1 per school and never changed once written.
 */
@Entity
@Table(name = "SCHOOL_INPUTS")
@IdClass(InputsVersionKey.class)
public class InputsVersion {

    @Id
    @Column(name = "SCHOOL_ID", length = 64)
    private String schoolId;

    @Id
    @Column(name = "VERSION")
    private int version;

    @Lob
    @Column(name = "INPUTS_JSON", nullable = false)
    private String inputsJson;

    @Column(name = "SAVED_AT", nullable = false)
    private Instant savedAt;

    @Column(name = "SAVED_BY", nullable = false, length = 64)
    private String savedBy;

    /** The solve whose submission saved this version; {@code null} when saved on its own. */
    @Column(name = "SOLVE_ID", length = 36)
    private String solveId;

    protected InputsVersion() {
    }

    public InputsVersion(String schoolId, int version, String inputsJson, Instant savedAt, String savedBy,
                         String solveId) {
        this.schoolId = schoolId;
        this.version = version;
        this.inputsJson = inputsJson;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.solveId = solveId;
    }

    public String schoolId() {
        return schoolId;
    }

    public int version() {
        return version;
    }

    public String inputsJson() {
        return inputsJson;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public String solveId() {
        return solveId;
    }
}
