package org.classcruncher.planner.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.Diagnoser;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * Explains a school that has no plan under its plan rules. If it has none even without them, the rules are not
 * the reason: the standard {@link Diagnoser} explains it. Otherwise it names the rules that rule every plan out
 * (each one whose removal alone gives a plan), and the fix a principal can act on: the fewest teachers with which a
 * plan keeps every rule, proven by solving. Lowering a rule's own figure is not offered: a district's rule is not the
 * school's to bend.
 */
public final class RuleDiagnoser {

    /** The what-ifs together: as the standard diagnosis, an infeasible answer is never held up for long. */
    private static final Duration BUDGET = Duration.ofSeconds(1);
    /** More teachers tried, one by one, before giving up on that fix. */
    private static final int MOST_MORE_TEACHERS = 10;

    private final StructurePlanner planner;
    private final Diagnoser plain;

    public RuleDiagnoser(StructurePlanner planner, Diagnoser plain) {
        this.planner = planner;
        this.plain = plain;
    }

    /** @param school the school under its size policy, before the rules' caps */
    public Diagnosis diagnose(SchoolRequest school, SchoolRules rules, SolveControl control) {
        SolveControl whatIfs = control.within(BUDGET);
        Boolean withoutRules = planner.feasible(school, whatIfs);
        if (Boolean.FALSE.equals(withoutRules)) {
            Diagnosis diagnosis = plain.diagnose(school, control);
            List<String> reasons = new ArrayList<>(diagnosis.reasons());
            reasons.add(0, "The school has no plan even without its plan rules ("
                    + String.join(", ", rules.hardRules()) + "), so they are not what blocks it.");
            return new Diagnosis(reasons, diagnosis.teachersNeeded(), diagnosis.fixes(), diagnosis.unchecked(),
                    diagnosis.fixChanges());
        }
        List<String> reasons = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        // Soft targets never rule a plan out: only the rules with a hard limit are tried without.
        for (String rule : rules.hardRules()) {
            SchoolRules others = rules.without(rule);
            Boolean withoutIt = planner.feasible(school, whatIfs, others);
            if (withoutIt == null) {
                unchecked.add("Without the rule " + rule);
            } else if (withoutIt) {
                blocking.add(rule);
            }
        }
        String all = String.join(", ", rules.hardRules());
        if (withoutRules == null) {
            reasons.add("No plan keeps the plan rules " + all + ".");
        } else if (blocking.isEmpty()) {
            reasons.add("The school has a plan without its plan rules, but none keeps all of " + all
                    + " together: each rule alone would allow one.");
        } else {
            for (String rule : blocking) {
                reasons.add("No plan keeps the rule " + rule + (rules.hardRules().size() > 1 ? " with the others" : "")
                        + ": without it the school has a plan.");
            }
        }
        List<String> fixes = new ArrayList<>();
        List<SchoolChange> changes = new ArrayList<>();
        Integer teachersNeeded = null;
        int most = Math.min(SchoolRequest.MAX_TEACHERS, school.teachers() + MOST_MORE_TEACHERS);
        for (int teachers = school.teachers() + 1; teachers <= most; teachers++) {
            Boolean enough = planner.feasible(school.withTeachers(teachers), whatIfs, rules);
            if (enough == null) {
                unchecked.add("With " + teachers + " teachers or more");
                break;
            }
            if (enough) {
                teachersNeeded = teachers;
                fixes.add("With " + teachers + " teachers instead of " + school.teachers() + ", a plan keeps every "
                        + "rule (" + all + ").");
                changes.add(SchoolChange.teachers(teachers));
                break;
            }
        }
        return new Diagnosis(reasons, teachersNeeded, fixes, unchecked, changes);
    }
}
