package org.classcruncher.planner.fix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * The single rule changes that give an infeasible school a plan: allow a composite of two neighbouring grades, raise
 * a grade's or a composite's cap by one, lower the smallest group in a composite (as little as works), lower a
 * grade's smallest class. Each is settled by proof ({@link BlockwiseCheck}: cheap bounds first, then one small solve);
 * a change is listed when it gives a plan, and one the time did not settle as unchecked.
 */
public final class SingleRuleChanges {

    /** What the single changes gave. */
    public static final class Found {
        public final List<String> fixes = new ArrayList<>();
        /** For each fix, the change that applies it ({@code null}: none can say it). */
        public final List<SchoolChange> changes = new ArrayList<>();
        /** The rules whose bending alone gives a plan (a composite's own cap is not among them). */
        public final Set<Rule> sufficient = new LinkedHashSet<>();
        public final List<String> unchecked = new ArrayList<>();
        /** How many were ruled out by a bound, with no MILP. */
        public int ruledOutByBounds;
    }

    private final StructurePlanner planner;
    private final Duration oneWhatIf;

    public SingleRuleChanges(StructurePlanner planner, Duration oneWhatIf) {
        this.planner = planner;
        this.oneWhatIf = oneWhatIf;
    }

    /**
     * @param need each block's fewest classes
     */
    public Found of(SchoolRequest school, FewestTeachers.Need need, SolveControl control) {
        Check check = new Check(school, need, control);
        List<GradeSpec> grades = school.grades();
        for (int g = 0; g + 1 < grades.size(); g++) {
            List<String> pair = List.of(grades.get(g).grade(), grades.get(g + 1).grade());
            String name = String.join("/", pair);
            if (!school.allows(pair)) {
                check.check("Allowing " + name + " composites", school.withComposite(new CompositeSpec(pair, null,
                        null)), SchoolChange.allow(name), Rule.composite(name));
            }
        }
        for (GradeSpec grade : grades) {
            if (grade.maxClassSize() < GradeSpec.LARGEST_CLASS_SIZE && grade.children() > 0) {
                GradeSpec raised = new GradeSpec(grade.grade(), grade.children(), grade.minClassSize(),
                        grade.maxClassSize() + 1, grade.supported());
                check.check("Raising grade " + grade.grade() + "'s largest class from " + grade.maxClassSize()
                        + " to " + raised.maxClassSize(), school.withGrade(raised), SchoolChange.limits(grade.grade(),
                        null, raised.maxClassSize()), Rule.largestClass(grade.grade()));
            }
        }
        for (CompositeSpec composite : school.composites()) {
            ClassSizeLimits limits = school.limitsOf(composite);
            if (limits.max() < GradeSpec.LARGEST_CLASS_SIZE) {
                CompositeSpec raised = new CompositeSpec(composite.grades(), limits.min(), limits.max() + 1);
                check.check("Raising the largest " + composite.name() + " class from " + limits.max() + " to "
                        + (limits.max() + 1), school.withCompositeChanged(raised), null, null);
            }
        }
        if (!school.composites().isEmpty()) {
            for (int smaller = school.minSubclassSize() - 1; smaller >= 1; smaller--) {
                if (Boolean.TRUE.equals(check.check("Lowering the smallest group of one grade in a composite from "
                        + school.minSubclassSize() + " to " + smaller, school.withMinSubclassSize(smaller),
                        SchoolChange.minSubclassSize(smaller), Rule.smallestGroup()))) {
                    break;
                }
            }
        }
        for (GradeSpec grade : grades) {
            if (grade.children() > 0 && grade.minClassSize() > 1) {
                int lowered = grade.children() < grade.minClassSize() ? grade.children() : grade.minClassSize() - 1;
                GradeSpec changed = new GradeSpec(grade.grade(), grade.children(), lowered, grade.maxClassSize(),
                        grade.supported());
                check.check("Lowering grade " + grade.grade() + "'s smallest class from " + grade.minClassSize()
                        + " to " + lowered, school.withGrade(changed), SchoolChange.limits(grade.grade(), lowered,
                        null), Rule.smallestClass(grade.grade()));
            }
        }
        return check.found;
    }

    /** Settles one change after the other within the diagnosis's time. */
    private final class Check {

        private final BlockwiseCheck blockwise;
        private final SolveControl control;
        private final Found found = new Found();

        Check(SchoolRequest school, FewestTeachers.Need need, SolveControl control) {
            this.blockwise = new BlockwiseCheck(planner, school, need);
            this.control = control;
        }

        /** Whether the change gives a plan; {@code null}, and listed as unchecked, when time did not tell. */
        Boolean check(String change, SchoolRequest changed, SchoolChange applied, Rule rule) {
            if (control.isCancelled()) {
                return null;
            }
            Boolean gives = settle(changed);
            if (gives == null) {
                found.unchecked.add(change);
            } else if (gives) {
                found.fixes.add(change + " gives a plan.");
                found.changes.add(applied);
                if (rule != null) {
                    found.sufficient.add(rule);
                }
            }
            return gives;
        }

        private Boolean settle(SchoolRequest changed) {
            BlockwiseCheck.Verdict verdict = blockwise.settle(changed, control.within(oneWhatIf));
            if (verdict == BlockwiseCheck.Verdict.NO_PLAN_BY_BOUND) {
                found.ruledOutByBounds++;
            }
            return verdict.gives();
        }
    }
}
