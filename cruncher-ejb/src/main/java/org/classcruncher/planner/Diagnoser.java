package org.classcruncher.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * Explains why a school has no plan. First cheap necessary checks, each worded with its numbers; then what-ifs,
 * each verified by solving the changed school ({@link StructurePlanner#feasible}): the fewest teachers that give a plan,
 * and the single rule changes that do (allow a composite of neighbouring grades, raise a cap by one, lower the
 * minimum subclass size, lower a grade's smallest class).
 */
public class Diagnoser {

    /**
     * The time a diagnosis may take.
     *
     * @param whatIfs   all what-ifs together, so that a diagnosis never holds up the answer for long
     * @param teachers  the fewest teachers, the fix most often wanted
     * @param oneWhatIf each single rule change; one not settled in this time is listed as unchecked
     */
    public record Budget(Duration whatIfs, Duration teachers, Duration oneWhatIf) {

        /**
         * Measured on the benchmark's infeasible schools: most settle every what-if in a few milliseconds, and none
         * takes more than 500 ms with its proof.
         */
        public static final Budget STANDARD = new Budget(Duration.ofMillis(400), Duration.ofMillis(250),
                Duration.ofMillis(100));
    }

    private final StructurePlanner planner;
    private final Budget budget;

    public Diagnoser(StructurePlanner planner) {
        this(planner, Budget.STANDARD);
    }

    public Diagnoser(StructurePlanner planner, Budget budget) {
        this.planner = planner;
        this.budget = budget;
    }

    public Diagnosis diagnose(SchoolRequest school, SolveControl control) {
        SolveControl whatIfs = control.within(budget.whatIfs());
        List<String> reasons = reasons(school);
        List<String> unchecked = new ArrayList<>();
        Integer teachersNeeded = teachersNeeded(school, whatIfs, unchecked);
        List<String> fixes = new ArrayList<>();
        List<SchoolChange> fixChanges = new ArrayList<>();
        if (teachersNeeded != null) {
            fixes.add("With " + teachersNeeded + " teachers instead of " + school.teachers()
                    + ", the school has a plan.");
            fixChanges.add(SchoolChange.teachers(teachersNeeded));
        }
        WhatIfs singles = singleRuleChanges(school, whatIfs, unchecked);
        fixes.addAll(singles.fixes);
        fixChanges.addAll(singles.changes);
        if (reasons.isEmpty()) {
            reasons.add("No plan keeps every rule at once: the class sizes, the smallest group of one grade in a "
                    + "composite (" + school.minSubclassSize() + "), the allowed composites and the "
                    + school.teachers() + " teachers conflict only in combination.");
        }
        return new Diagnosis(reasons, teachersNeeded, fixes, unchecked, fixChanges);
    }

    /** The cheap necessary checks that fail, in words. */
    static List<String> reasons(SchoolRequest school) {
        List<String> reasons = new ArrayList<>();
        for (GradeSpec grade : school.grades()) {
            if (grade.children() == 0) {
                continue;
            }
            boolean inComposite = school.composites().stream().anyMatch(c -> c.grades().contains(grade.grade()));
            int fewest = ceilDiv(grade.children(), grade.maxClassSize());
            boolean straightFits = fewest * grade.minClassSize() <= grade.children();
            if (!straightFits && !inComposite) {
                String why = fewest == 1
                        ? " children are too few for a class of "
                        + grade.minClassSize() + " to " + grade.maxClassSize()
                        : " children cannot form classes of " + grade.minClassSize() + " to " + grade.maxClassSize()
                        + " (" + (fewest - 1) + (fewest == 2 ? " class" : " classes") + " would be too big, "
                        + fewest + " too small)";
                reasons.add("Grade " + grade.grade() + ": " + grade.children() + why
                        + ", and no allowed composite includes grade " + grade.grade() + ".");
            } else if (!straightFits && grade.children() < school.minSubclassSize()) {
                reasons.add("Grade " + grade.grade() + ": " + grade.children() + " children are fewer than the "
                        + "smallest class (" + grade.minClassSize() + ") and than the smallest group allowed in a "
                        + "composite (" + school.minSubclassSize() + ").");
            }
        }
        int largestCap = ClassType.of(school).stream().mapToInt(type -> type.limits().max()).max().orElse(0);
        if (largestCap > 0 && school.totalChildren() > school.teachers() * largestCap) {
            reasons.add(school.totalChildren() + " children need at least " + ceilDiv(school.totalChildren(), largestCap)
                    + " classes of at most " + largestCap + ", but there are " + school.teachers() + " teachers.");
        }
        straightOnlyGradesNeed(school).ifPresent(reasons::add);
        return reasons;
    }

    /** Grades that no composite includes need their own classes; with the rest that may exceed the teachers. */
    private static Optional<String> straightOnlyGradesNeed(SchoolRequest school) {
        List<GradeSpec> alone = school.grades().stream()
                .filter(grade -> grade.children() > 0)
                .filter(grade -> school.composites().stream().noneMatch(c -> c.grades().contains(grade.grade())))
                .toList();
        int aloneClasses = alone.stream().mapToInt(grade -> ceilDiv(grade.children(), grade.maxClassSize())).sum();
        int restChildren = school.totalChildren() - alone.stream().mapToInt(GradeSpec::children).sum();
        int restCap = ClassType.of(school).stream()
                .filter(type -> type.grades().stream().noneMatch(g -> alone.stream().anyMatch(a -> a.grade().equals(g))))
                .mapToInt(type -> type.limits().max())
                .max().orElse(Integer.MAX_VALUE);
        int restClasses = restChildren == 0 ? 0 : ceilDiv(restChildren, restCap);
        if (alone.isEmpty() || aloneClasses + restClasses <= school.teachers()) {
            return Optional.empty();
        }
        String each = alone.stream()
                .map(grade -> "grade " + grade.grade() + ": " + grade.children() + " children need at least "
                        + ceilDiv(grade.children(), grade.maxClassSize()) + " of at most " + grade.maxClassSize())
                .collect(Collectors.joining("; "));
        String rest = restClasses == 0 ? "" : ", and the other " + restChildren + " children at least " + restClasses
                + " more of at most " + restCap;
        return Optional.of("Grades in no composite need their own classes (" + each + ")" + rest + ": at least "
                + (aloneClasses + restClasses) + " classes, but there are " + school.teachers() + " teachers.");
    }

    /**
     * The fewest teachers that give a plan: the fewest classes with the teacher limit lifted. Lifted first to twice
     * the teachers (a smaller model: no run count beyond that becomes a column), and only if that is not enough to
     * the largest school. {@code null} when no number of teachers helps, or when its time ran out (then it is listed
     * as unchecked).
     */
    private Integer teachersNeeded(SchoolRequest school, SolveControl control, List<String> unchecked) {
        SolveControl own = control.within(budget.teachers());
        int twice = Math.min(SchoolRequest.MAX_TEACHERS, 2 * school.teachers() + 2);
        Integer fewest = planner.fewestClasses(school.withTeachers(twice), own);
        if (fewest != null && fewest < 0 && twice < SchoolRequest.MAX_TEACHERS) {
            fewest = planner.fewestClasses(school.withTeachers(SchoolRequest.MAX_TEACHERS), own);
        }
        if (fewest == null) {
            if (!control.isCancelled()) {
                unchecked.add("More teachers");
            }
            return null;
        }
        // The plan with the fewest classes is itself a plan with that many teachers: nothing left to verify.
        return fewest <= school.teachers() ? null : fewest;
    }

    private WhatIfs singleRuleChanges(SchoolRequest school, SolveControl control, List<String> unchecked) {
        WhatIfs whatIfs = new WhatIfs(control, unchecked);
        List<GradeSpec> grades = school.grades();
        for (int g = 0; g + 1 < grades.size(); g++) {
            List<String> pair = List.of(grades.get(g).grade(), grades.get(g + 1).grade());
            if (!school.allows(pair)) {
                whatIfs.check("Allowing " + String.join("/", pair) + " composites",
                        school.withComposite(new CompositeSpec(pair, null, null)),
                        SchoolChange.allow(String.join("/", pair)));
            }
        }
        for (GradeSpec grade : grades) {
            if (grade.maxClassSize() < GradeSpec.LARGEST_CLASS_SIZE && grade.children() > 0) {
                GradeSpec raised = new GradeSpec(grade.grade(), grade.children(), grade.minClassSize(),
                        grade.maxClassSize() + 1);
                whatIfs.check("Raising grade " + grade.grade() + "'s largest class from " + grade.maxClassSize()
                        + " to " + raised.maxClassSize(), school.withGrade(raised), SchoolChange.limits(grade.grade(),
                        null, raised.maxClassSize()));
            }
        }
        for (CompositeSpec composite : school.composites()) {
            ClassSizeLimits limits = school.limitsOf(composite);
            if (limits.max() < GradeSpec.LARGEST_CLASS_SIZE) {
                CompositeSpec raised = new CompositeSpec(composite.grades(), limits.min(), limits.max() + 1);
                whatIfs.check("Raising the largest " + composite.name() + " class from " + limits.max() + " to "
                        + (limits.max() + 1), school.withCompositeChanged(raised), null);
            }
        }
        if (!school.composites().isEmpty()) {
            for (int smaller = school.minSubclassSize() - 1; smaller >= 1; smaller--) {
                if (Boolean.TRUE.equals(whatIfs.check("Lowering the smallest group of one grade in a composite from "
                        + school.minSubclassSize() + " to " + smaller, school.withMinSubclassSize(smaller),
                        SchoolChange.minSubclassSize(smaller)))) {
                    break;
                }
            }
        }
        for (GradeSpec grade : grades) {
            if (grade.children() > 0 && grade.minClassSize() > 1) {
                int lowered = grade.children() < grade.minClassSize() ? grade.children() : grade.minClassSize() - 1;
                GradeSpec changed = new GradeSpec(grade.grade(), grade.children(), lowered, grade.maxClassSize());
                whatIfs.check("Lowering grade " + grade.grade() + "'s smallest class from " + grade.minClassSize()
                        + " to " + lowered, school.withGrade(changed), SchoolChange.limits(grade.grade(), lowered,
                        null));
            }
        }
        return whatIfs;
    }

    /** Single rule changes tried one after the other within the diagnosis's time. */
    private final class WhatIfs {

        private final SolveControl control;
        private final List<String> unchecked;
        private final List<String> fixes = new ArrayList<>();
        /** For each fix, the change that applies it ({@code null}: none can say it). */
        private final List<SchoolChange> changes = new ArrayList<>();

        WhatIfs(SolveControl control, List<String> unchecked) {
            this.control = control;
            this.unchecked = unchecked;
        }

        /** Whether the change gives a plan; {@code null}, and listed as unchecked, when time did not tell. */
        Boolean check(String change, SchoolRequest changed, SchoolChange applied) {
            if (control.isCancelled()) {
                return null;
            }
            Boolean gives = control.expired() ? null : planner.feasible(changed, control.within(budget.oneWhatIf()));
            if (gives == null) {
                unchecked.add(change);
            } else if (gives) {
                fixes.add(change + " gives a plan.");
                changes.add(applied);
            }
            return gives;
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
