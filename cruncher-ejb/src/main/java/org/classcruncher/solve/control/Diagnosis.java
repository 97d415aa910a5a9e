package org.classcruncher.solve.control;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/**
 * Says in plain words why a school has no plan. Cheap necessary checks come first; each names the rule and its
 * numbers. When none applies, the rules only conflict in combination, and the answer says so.
 */
public final class Diagnosis {

    private Diagnosis() {
    }

    public static String of(SchoolRequest school) {
        List<String> reasons = new ArrayList<>();
        int largestCap = school.grades().stream().mapToInt(GradeSpec::maxClassSize).max().orElseThrow();
        for (var composite : school.composites()) {
            largestCap = Math.max(largestCap, school.limitsOf(composite).max());
        }
        if (school.totalChildren() > school.teachers() * largestCap) {
            reasons.add(school.totalChildren() + " children do not fit in " + school.teachers()
                    + " classes of at most " + largestCap + ": at least "
                    + ceilDiv(school.totalChildren(), largestCap) + " teachers are needed.");
        }
        for (GradeSpec grade : school.grades()) {
            boolean inComposite = school.composites().stream().anyMatch(c -> c.grades().contains(grade.grade()));
            if (grade.children() > 0 && !inComposite && !straightClassesFit(grade)) {
                reasons.add("Grade " + grade.grade() + ": " + grade.children() + " children cannot be split into "
                        + "classes of " + grade.minClassSize() + " to " + grade.maxClassSize()
                        + ", and no composite class includes grade " + grade.grade() + ".");
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("No plan keeps every rule at once: the class size limits, the minimum subclass size of "
                    + school.minSubclassSize() + ", the allowed composites and the " + school.teachers()
                    + " teachers conflict in combination.");
        }
        return String.join(" ", reasons);
    }

    /** Whether some number of classes k has k * min <= children <= k * max. */
    private static boolean straightClassesFit(GradeSpec grade) {
        int fewest = ceilDiv(grade.children(), grade.maxClassSize());
        return (long) fewest * grade.minClassSize() <= grade.children();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
