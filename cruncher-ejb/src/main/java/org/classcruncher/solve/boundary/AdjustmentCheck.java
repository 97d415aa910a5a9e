package org.classcruncher.solve.boundary;

import java.util.List;

import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.PlanSummary;
import org.classcruncher.api.PlannedClass;

/**
 * A plan adjusted by hand as the rule check sees it, before it is saved.
 *
 * @param classes the classes as they would be saved (named, grades in order)
 * @param summary their figures
 * @param broken  each school rule they break; empty when the plan can be saved
 */
public record AdjustmentCheck(List<PlannedClass> classes, PlanSummary summary, List<BrokenRule> broken) {

    public AdjustmentCheck {
        classes = List.copyOf(classes);
        broken = List.copyOf(broken);
    }

    public boolean keepsEveryRule() {
        return broken.isEmpty();
    }
}
