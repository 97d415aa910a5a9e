package org.classcruncher.school.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link InputsVersion}: the school and the version's number. */
public class InputsVersionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String schoolId;
    private int version;

    public InputsVersionKey() {
    }

    public InputsVersionKey(String schoolId, int version) {
        this.schoolId = schoolId;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputsVersionKey key && key.version == version && Objects.equals(key.schoolId, schoolId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schoolId, version);
    }
}
