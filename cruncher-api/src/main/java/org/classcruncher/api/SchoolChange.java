package org.classcruncher.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to change in a school's inputs to ask "what if": one teacher less, a composite allowed, a grade grown. Every
 * field is optional; what is left out stays as it was. Applied to the inputs of a stored solve to re-plan it.
 *
 * @param teachers         the new number of teachers
 * @param minSubclassSize  the new smallest group of one grade in a composite
 * @param grades           per grade name, the grade's new figures (each figure optional)
 * @param allowComposites  composites to allow, each written with its grades joined by "/", e.g. "2/3"
 * @param forbidComposites composites to forbid, written the same way
 */
public record SchoolChange(Integer teachers, Integer minSubclassSize, Map<String, GradeChange> grades,
                           List<String> allowComposites, List<String> forbidComposites) implements Serializable {

    /** New figures for one grade; a figure left out stays as it was. */
    public record GradeChange(Integer children, Integer minClassSize, Integer maxClassSize) implements Serializable {
    }

    public SchoolChange {
        grades = grades == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        allowComposites = allowComposites == null ? List.of() : List.copyOf(allowComposites);
        forbidComposites = forbidComposites == null ? List.of() : List.copyOf(forbidComposites);
    }

    public static SchoolChange teachers(int teachers) {
        return new SchoolChange(teachers, null, null, null, null);
    }

    public static SchoolChange allow(String composite) {
        return new SchoolChange(null, null, null, List.of(composite), null);
    }

    public static SchoolChange forbid(String composite) {
        return new SchoolChange(null, null, null, null, List.of(composite));
    }

    /** New class limits for one grade ({@code null}: that limit unchanged). */
    public static SchoolChange limits(String grade, Integer minClassSize, Integer maxClassSize) {
        return new SchoolChange(null, null, Map.of(grade, new GradeChange(null, minClassSize, maxClassSize)), null,
                null);
    }

    public static SchoolChange minSubclassSize(int minSubclassSize) {
        return new SchoolChange(null, minSubclassSize, null, null, null);
    }

    public static SchoolChange children(String grade, int children) {
        return new SchoolChange(null, null, Map.of(grade, new GradeChange(children, null, null)), null, null);
    }

    /**
     * The school with these changes, checked like any submitted school (an {@link InvalidSchoolException} names the
     * field). A change naming a grade the school does not teach, or forbidding a composite it does not allow, is
     * refused: a what-if that changes nothing is a typing slip.
     */
    public SchoolRequest applyTo(SchoolRequest school) {
        Set<String> taught = new HashSet<>(school.grades().stream().map(GradeSpec::grade).toList());
        for (String grade : grades.keySet()) {
            if (!taught.contains(grade)) {
                throw new InvalidSchoolException("grades[" + grade + "]", "the school has no grade " + grade);
            }
        }
        List<GradeSpec> changedGrades = school.grades().stream().map(this::changed).toList();
        List<CompositeSpec> composites = new ArrayList<>();
        for (CompositeSpec composite : school.composites()) {
            if (!named(forbidComposites).contains(Set.copyOf(composite.grades()))) {
                composites.add(composite);
            }
        }
        Set<Set<String>> allowed = new HashSet<>(school.composites().stream()
                .map(composite -> Set.copyOf(composite.grades())).toList());
        for (String forbidden : forbidComposites) {
            if (!allowed.contains(gradesOf(forbidden))) {
                throw new InvalidSchoolException("forbidComposites", "composite " + forbidden
                        + " is not allowed now, so it cannot be forbidden");
            }
        }
        for (String composite : allowComposites) {
            if (allowed.add(gradesOf(composite))) {
                composites.add(new CompositeSpec(Arrays.stream(composite.split("/")).map(String::strip).toList(),
                        null, null));
            }
        }
        return new SchoolRequest(school.name(), teachers != null ? teachers : school.teachers(),
                minSubclassSize != null ? minSubclassSize : school.minSubclassSize(), changedGrades, composites,
                school.options());
    }

    private GradeSpec changed(GradeSpec grade) {
        GradeChange change = grades.get(grade.grade());
        if (change == null) {
            return grade;
        }
        int children = change.children() != null ? change.children() : grade.children();
        return new GradeSpec(grade.grade(), children,
                change.minClassSize() != null ? change.minClassSize() : grade.minClassSize(),
                change.maxClassSize() != null ? change.maxClassSize() : grade.maxClassSize(),
                Math.min(grade.supported(), children));
    }

    private static Set<Set<String>> named(List<String> composites) {
        Set<Set<String>> named = new HashSet<>();
        composites.forEach(composite -> named.add(gradesOf(composite)));
        return named;
    }

    private static Set<String> gradesOf(String composite) {
        return Set.copyOf(Arrays.stream(Checks.requiredText(composite, "composites").split("/"))
                .map(String::strip).toList());
    }
}
