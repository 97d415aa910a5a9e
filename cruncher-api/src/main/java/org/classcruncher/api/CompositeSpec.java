package org.classcruncher.api;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/**
 * A composite (multi-grade) class the school allows, e.g. K/1 or 4/5/6.
 *
 * @param grades       the 2 or 3 grades taught together
 * @param minClassSize its own minimum, or {@code null} for the lowest minimum of its grades
 * @param maxClassSize its own cap, or {@code null} for the lowest cap of its grades
 */
public record CompositeSpec(List<String> grades, Integer minClassSize, Integer maxClassSize) implements Serializable {

    public CompositeSpec {
        grades = Checks.required(grades, "composites.grades").stream()
                .map(grade -> Checks.atMostCharacters(Checks.requiredText(grade, "composites.grades"),
                        GradeSpec.MAX_GRADE_NAME, "composites.grades"))
                .toList();
        String field = "composites[" + String.join("/", grades) + "]";
        if (grades.size() < 2 || grades.size() > 3) {
            throw new InvalidSchoolException(field + ".grades",
                    "a composite class joins 2 or 3 grades, not " + grades.size());
        }
        if (new HashSet<>(grades).size() != grades.size()) {
            throw new InvalidSchoolException(field + ".grades", "a composite class names each grade once");
        }
        if (minClassSize != null) {
            Checks.atLeast(minClassSize, 1, field + ".minClassSize");
        }
        if (maxClassSize != null) {
            Checks.atLeast(maxClassSize, 1, field + ".maxClassSize");
            Checks.atMost(maxClassSize, GradeSpec.LARGEST_CLASS_SIZE, field + ".maxClassSize");
        }
        if (minClassSize != null && maxClassSize != null && minClassSize > maxClassSize) {
            throw new InvalidSchoolException(field + ".minClassSize", "composite " + String.join("/", grades)
                    + ": minClassSize " + minClassSize + " is greater than maxClassSize " + maxClassSize);
        }
    }

    /** A composite of these grades with the default size limits. */
    public static CompositeSpec of(String... grades) {
        return new CompositeSpec(List.of(grades), null, null);
    }

    /** "K/1" for the grades K and 1. */
    public String name() {
        return String.join("/", grades);
    }
}
