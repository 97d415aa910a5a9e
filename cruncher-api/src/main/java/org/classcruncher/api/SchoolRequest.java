package org.classcruncher.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A school to plan: its teachers, the grades it teaches, the composite classes it allows and the smallest group
 * of one grade allowed in a composite. Checks its own invariants, so a request that exists is a valid one.
 *
 * @param name            the school's name, shown on plans (optional)
 * @param teachers        teachers available, hence the most classes a plan may run
 * @param minSubclassSize fewest children of one grade in a composite class (default 1)
 * @param grades          the grades taught, youngest first
 * @param composites      the composite classes allowed (may be empty)
 * @param options         how to solve (optional)
 */
public record SchoolRequest(String name, Integer teachers, Integer minSubclassSize, List<GradeSpec> grades,
                            List<CompositeSpec> composites, SolveOptions options) implements Serializable {

    public static final int MAX_TEACHERS = 1_000;

    /** Longest school name: plans and list pages stay small. */
    public static final int MAX_NAME = 200;

    /** Most grades a school teaches (K to 12 is 13); keeps the model, and the time to build it, small. */
    public static final int MAX_GRADES = 30;

    /** Most composites a school allows. */
    public static final int MAX_COMPOSITES = 100;

    public SchoolRequest {
        name = name == null || name.isBlank() ? "Unnamed school"
                : Checks.atMostCharacters(name.strip(), MAX_NAME, "name");
        Checks.required(teachers, "teachers");
        Checks.atLeast(teachers, 1, "teachers");
        Checks.atMost(teachers, MAX_TEACHERS, "teachers");
        minSubclassSize = minSubclassSize == null ? 1 : minSubclassSize;
        Checks.atLeast(minSubclassSize, 1, "minSubclassSize");
        Checks.atMost(minSubclassSize, GradeSpec.LARGEST_CLASS_SIZE, "minSubclassSize");
        grades = Checks.entries(Checks.required(grades, "grades"), MAX_GRADES, "grades");
        if (grades.isEmpty()) {
            throw new InvalidSchoolException("grades", "a school teaches at least one grade");
        }
        Set<String> taught = new HashSet<>();
        for (GradeSpec grade : grades) {
            if (!taught.add(grade.grade())) {
                throw new InvalidSchoolException("grades[" + grade.grade() + "].grade",
                        "grade " + grade.grade() + " is listed twice");
            }
        }
        composites = composites == null ? List.of() : Checks.entries(composites, MAX_COMPOSITES, "composites");
        Set<Set<String>> seen = new HashSet<>();
        for (CompositeSpec composite : composites) {
            String field = "composites[" + composite.name() + "]";
            for (String grade : composite.grades()) {
                if (!taught.contains(grade)) {
                    throw new InvalidSchoolException(field + ".grades", "composite " + composite.name()
                            + " names grade " + grade + ", which the school does not teach");
                }
            }
            if (!seen.add(Set.copyOf(composite.grades()))) {
                throw new InvalidSchoolException(field + ".grades",
                        "composite " + composite.name() + " is listed twice");
            }
        }
        options = options == null ? SolveOptions.defaults() : options;
        // Checked here, once every grade is known, so that a plan never meets impossible composite limits.
        for (CompositeSpec composite : composites) {
            int min = compositeMin(grades, composite);
            int max = compositeMax(grades, composite);
            if (min > max) {
                throw new InvalidSchoolException("composites[" + composite.name() + "].maxClassSize",
                        "composite " + composite.name() + " would need at least " + min
                                + " children but may hold at most " + max);
            }
        }
    }

    public SchoolRequest withTeachers(int newTeachers) {
        return new SchoolRequest(name, newTeachers, minSubclassSize, grades, composites, options);
    }

    public SchoolRequest withMinSubclassSize(int newMinSubclassSize) {
        return new SchoolRequest(name, teachers, newMinSubclassSize, grades, composites, options);
    }

    /** The same school with {@code changed} in place of the grade of the same name. */
    public SchoolRequest withGrade(GradeSpec changed) {
        List<GradeSpec> newGrades = grades.stream()
                .map(grade -> grade.grade().equals(changed.grade()) ? changed : grade)
                .toList();
        return new SchoolRequest(name, teachers, minSubclassSize, newGrades, composites, options);
    }

    /** The same school also allowing {@code added}. */
    public SchoolRequest withComposite(CompositeSpec added) {
        List<CompositeSpec> newComposites = new ArrayList<>(composites);
        newComposites.add(added);
        return new SchoolRequest(name, teachers, minSubclassSize, grades, newComposites, options);
    }

    /** The same school with {@code changed} in place of the composite of the same grades. */
    public SchoolRequest withCompositeChanged(CompositeSpec changed) {
        List<CompositeSpec> newComposites = composites.stream()
                .map(composite -> Set.copyOf(composite.grades()).equals(Set.copyOf(changed.grades())) ? changed
                        : composite)
                .toList();
        return new SchoolRequest(name, teachers, minSubclassSize, grades, newComposites, options);
    }

    public SchoolRequest withOptions(SolveOptions newOptions) {
        return new SchoolRequest(name, teachers, minSubclassSize, grades, composites, newOptions);
    }

    /** Whether the school allows a composite of exactly these grades. */
    public boolean allows(List<String> compositeGrades) {
        Set<String> wanted = Set.copyOf(compositeGrades);
        return composites.stream().anyMatch(composite -> Set.copyOf(composite.grades()).equals(wanted));
    }

    /** The grade called {@code grade}. */
    public GradeSpec grade(String grade) {
        return grades.stream()
                .filter(spec -> spec.grade().equals(grade))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("grade " + grade + " is not taught"));
    }

    /** Index of {@code grade} in the school's grade order. */
    public int gradeIndex(String grade) {
        for (int g = 0; g < grades.size(); g++) {
            if (grades.get(g).grade().equals(grade)) {
                return g;
            }
        }
        throw new IllegalArgumentException("grade " + grade + " is not taught");
    }

    public int totalChildren() {
        return grades.stream().mapToInt(GradeSpec::children).sum();
    }

    /** The size limits of a straight class of one grade. */
    public ClassSizeLimits limitsOf(GradeSpec grade) {
        return new ClassSizeLimits(grade.minClassSize(), grade.maxClassSize());
    }

    /**
     * The size limits of a composite: its own where it states them, else the lowest minimum and the lowest cap of
     * its grades (the common rule: a multi-grade class keeps the lower grade's cap).
     */
    public ClassSizeLimits limitsOf(CompositeSpec composite) {
        return new ClassSizeLimits(compositeMin(grades, composite), compositeMax(grades, composite));
    }

    /** The size limits of a class made of {@code classGrades}: a straight class or an allowed composite. */
    public ClassSizeLimits limitsOf(List<String> classGrades) {
        if (classGrades.size() == 1) {
            return limitsOf(grade(classGrades.get(0)));
        }
        Set<String> wanted = Set.copyOf(classGrades);
        return composites.stream()
                .filter(composite -> Set.copyOf(composite.grades()).equals(wanted))
                .findFirst()
                .map(this::limitsOf)
                .orElseThrow(() -> new IllegalArgumentException(
                        "composite " + String.join("/", classGrades) + " is not allowed"));
    }

    /** {@code someGrades} in the school's grade order, youngest first. */
    public List<String> inGradeOrder(List<String> someGrades) {
        List<String> ordered = new ArrayList<>(someGrades);
        ordered.sort((a, b) -> Integer.compare(gradeIndex(a), gradeIndex(b)));
        return ordered;
    }

    private static int compositeMin(List<GradeSpec> grades, CompositeSpec composite) {
        return composite.minClassSize() != null ? composite.minClassSize()
                : lowest(grades, composite.grades(), true);
    }

    private static int compositeMax(List<GradeSpec> grades, CompositeSpec composite) {
        return composite.maxClassSize() != null ? composite.maxClassSize()
                : lowest(grades, composite.grades(), false);
    }

    private static int lowest(List<GradeSpec> grades, List<String> names, boolean min) {
        return grades.stream()
                .filter(grade -> names.contains(grade.grade()))
                .mapToInt(grade -> min ? grade.minClassSize() : grade.maxClassSize())
                .min()
                .orElseThrow();
    }
}
