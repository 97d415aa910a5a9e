package org.classcruncher.web.portal;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlanSummary;
import org.classcruncher.api.SolveResult;

/**
 * What a what-if or re-plan changed against the solve it came from, in one sentence on its best plan: "the best plan
 * stays the same", or each figure that moved ("largest class 26 → 21, classes 18 → 19").
 */
final class PlanDelta {

    private PlanDelta() {
    }

    /** The sentence; {@code null} while either solve is unfinished. */
    static String of(SolveResult origin, SolveResult result) {
        if (!origin.status().finished() || !result.status().finished()) {
            return null;
        }
        String name = origin.scenario() != null ? origin.scenario() : origin.school().name();
        boolean before = !origin.plans().isEmpty();
        boolean after = !result.plans().isEmpty();
        if (!before && !after) {
            return Messages.text("delta.neither", name);
        }
        if (!after) {
            return Messages.text("delta.lost", name, origin.plans().get(0).summary().classes());
        }
        if (!before) {
            return Messages.text("delta.gained", name);
        }
        ClassPlan was = origin.plans().get(0);
        ClassPlan is = result.plans().get(0);
        if (was.classes().equals(is.classes())) {
            return Messages.text("delta.same", name);
        }
        List<String> moved = figures(was.summary(), is.summary());
        return moved.isEmpty() ? Messages.text("delta.sameFigures", name)
                : Messages.text("delta.changed", name, String.join(", ", moved));
    }

    private static List<String> figures(PlanSummary was, PlanSummary is) {
        List<String> moved = new ArrayList<>();
        figure(moved, "delta.largest", was.largestClass(), is.largestClass());
        figure(moved, "delta.smallest", was.smallestClass(), is.smallestClass());
        figure(moved, "delta.classes", was.classes(), is.classes());
        figure(moved, "delta.composites", was.composites(), is.composites());
        return moved;
    }

    private static void figure(List<String> moved, String key, int was, int is) {
        if (was != is) {
            moved.add(Messages.text(key, was, is));
        }
    }
}
