package org.classcruncher.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.fix.CombinedFix;
import org.classcruncher.planner.fix.CombinedFixes;
import org.classcruncher.planner.fix.FewestTeachers;
import org.classcruncher.planner.fix.SingleRuleChanges;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * Explains why a school has no plan, and what would give it one, every statement proven.
 * <ol>
 *   <li>Cheap necessary checks that fail, each worded with its numbers ({@link #reasons}).</li>
 *   <li>The fewest teachers that give a plan ({@link FewestTeachers}): the fewest classes of each block of grades no
 *       composite joins, each proven by a small MILP; their sum is exact, and the fix says why one teacher fewer is
 *       not enough (each block's fewest classes).</li>
 *   <li>The single rule changes that give a plan ({@link SingleRuleChanges}): allow a composite of neighbouring
 *       grades, raise a cap by one, lower the smallest group in a composite, lower a grade's smallest class. Each is
 *       ruled out by a bound where one proves it cannot help (not listed), else settled by solving the blocks it
 *       changes with the teachers the others leave.</li>
 *   <li>Up to three combined fixes with the school's own teachers ({@link CombinedFixes}): the fewest rules bent,
 *       then the smallest amounts, proven optimal by a MILP ({@link org.classcruncher.planner.fix.CombinedFixModel}) and verified by solving the
 *       changed school.</li>
 * </ol>
 * Each fix comes with the {@link SchoolChange} that applies it. A what-if the time did not settle is listed as
 * unchecked.
 */
public class Diagnoser {

    /**
     * The time a diagnosis may take.
     *
     * @param whatIfs   all what-ifs together, so that a diagnosis never holds up the answer for long
     * @param teachers  the fewest teachers, the fix most often wanted
     * @param oneWhatIf each single rule change (and each combined fix's verification); one not settled in this time
     *                  is listed as unchecked
     * @param combined  the combined fixes, all of them
     * @param answer    the proof and the diagnosis together, from the solve's start: the what-ifs stop earlier when
     *                  the proof took long ({@code null}: no such end)
     */
    public record Budget(Duration whatIfs, Duration teachers, Duration oneWhatIf, Duration combined, Duration answer) {

        /** What an infeasible school's answer, proof and diagnosis, may take beyond its what-ifs' budget. */
        private static final Duration PROOF = Duration.ofMillis(100);

        /**
         * Measured on the benchmark's 13 infeasible schools (docs/model.md): every what-if settles well within these.
         * The combined fixes get what the others leave of the 800 ms: one combined fix of a K-6 school takes about
         * 250 ms, and on a busy server 300 ms found none. The answer is due 900 ms after the start, so that no
         * diagnosis with its proof takes a second: `tight-08`'s proof takes about 230 ms, and its combined fixes ran
         * to the end of the 800 ms after it (1,031 ms in all, in one run; 976 ms with the answer due at 950 ms).
         */
        public static final Budget STANDARD = of(800);

        /**
         * The standard budget with {@code millis} for the what-ifs in all, the combined fixes getting what is left,
         * the answer due 100 ms after them counted from the start.
         */
        public static Budget of(long millis) {
            Duration whatIfs = Duration.ofMillis(millis);
            return new Budget(whatIfs, Duration.ofMillis(250), Duration.ofMillis(200), whatIfs, whatIfs.plus(PROOF));
        }

        /** The combined fixes get what the others leave of {@code whatIfs}; no end for the answer as a whole. */
        public Budget(Duration whatIfs, Duration teachers, Duration oneWhatIf) {
            this(whatIfs, teachers, oneWhatIf, whatIfs, null);
        }
    }

    private final StructurePlanner planner;
    private final GlpkSolver solver;
    private final Budget budget;

    public Diagnoser(StructurePlanner planner) {
        this(planner, Budget.STANDARD);
    }

    public Diagnoser(StructurePlanner planner, Budget budget) {
        this(planner, new GlpkSolver(), budget);
    }

    public Diagnoser(StructurePlanner planner, GlpkSolver solver, Budget budget) {
        this.planner = planner;
        this.solver = solver;
        this.budget = budget;
    }

    public Diagnosis diagnose(SchoolRequest school, SolveControl control) {
        SolveControl whatIfs = control.within(budget.whatIfs());
        List<String> reasons = reasons(school);
        List<String> unchecked = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        List<SchoolChange> fixChanges = new ArrayList<>();
        FewestTeachers.Need need = new FewestTeachers(planner).of(school, whatIfs.within(budget.teachers()));
        Integer teachersNeeded = null;
        if (!need.blocked() && !need.complete()) {
            if (!control.isCancelled()) {
                unchecked.add("More teachers");
            }
        } else if (!need.blocked() && need.teachers() > school.teachers()) {
            teachersNeeded = need.teachers();
            fixes.add("With " + teachersNeeded + " teachers instead of " + school.teachers()
                    + ", the school has a plan. With " + (teachersNeeded - 1) + " no plan exists: " + need.why() + ".");
            fixChanges.add(SchoolChange.teachers(teachersNeeded));
        }
        SingleRuleChanges.Found singles = new SingleRuleChanges(planner, budget.oneWhatIf()).of(school, need, whatIfs);
        fixes.addAll(singles.fixes);
        fixChanges.addAll(singles.changes);
        unchecked.addAll(singles.unchecked);
        for (CombinedFix fix : new CombinedFixes(planner, solver, budget.oneWhatIf()).of(school, need,
                singles.sufficient, whatIfs.within(budget.combined()))) {
            fixes.add(fix.words(school));
            fixChanges.add(fix.change());
        }
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

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
