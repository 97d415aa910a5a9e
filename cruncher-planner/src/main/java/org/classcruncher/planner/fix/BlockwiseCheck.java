package org.classcruncher.planner.fix;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * Whether a changed school has a plan, settled block by block ({@link GradeBlocks}): the cheap proofs first, then one
 * small solve of the blocks the change touched.
 * <ol>
 *   <li>its blocks need more classes than there are teachers even full to their caps: no plan;</li>
 *   <li>a block the change left as it was has no plan: no plan;</li>
 *   <li>else the blocks it touched must fit in the teachers the others leave (each unchanged block's fewest classes
 *       being known): a plan of those blocks alone with those teachers, or its absence, settles it
 *       ({@link StructurePlanner#feasible}); a plan of them and the unchanged blocks' plans are a plan of the
 *       school.</li>
 * </ol>
 */
final class BlockwiseCheck {

    /** How a change was settled. */
    enum Verdict {
        PLAN, NO_PLAN_BY_BOUND, NO_PLAN_BY_SOLVING, UNSETTLED;

        Boolean gives() {
            return this == UNSETTLED ? null : this == PLAN;
        }
    }

    private final StructurePlanner planner;
    private final SchoolRequest school;
    private final FewestTeachers.Need need;

    /** @param need each block's fewest classes in {@code school} (a block it does not know is solved anew) */
    BlockwiseCheck(StructurePlanner planner, SchoolRequest school, FewestTeachers.Need need) {
        this.planner = planner;
        this.school = school;
        this.need = need;
    }

    Verdict settle(SchoolRequest changed, SolveControl control) {
        List<GradeBlocks.Block> blocks = GradeBlocks.of(changed);
        if (GradeBlocks.fewestByCaps(blocks) > changed.teachers()) {
            return Verdict.NO_PLAN_BY_BOUND;
        }
        if (control.expired() || control.isCancelled()) {
            return Verdict.UNSETTLED;
        }
        int left = changed.teachers();
        List<GradeBlocks.Block> touched = new ArrayList<>();
        for (GradeBlocks.Block block : blocks) {
            Integer fewest = need.fewest().get(block);
            if (fewest != null && GradeBlocks.sameIn(school, changed, block)) {
                if (fewest < 0) {
                    return Verdict.NO_PLAN_BY_BOUND;
                }
                left -= fewest;
            } else {
                touched.add(block);
            }
        }
        if (touched.isEmpty()) {
            return left >= 0 ? Verdict.PLAN : Verdict.NO_PLAN_BY_BOUND;
        }
        if (GradeBlocks.fewestByCaps(touched) > left) {
            return Verdict.NO_PLAN_BY_BOUND;
        }
        return verdict(planner.feasible(GradeBlocks.part(changed, touched, left), control));
    }

    private static Verdict verdict(Boolean feasible) {
        return feasible == null ? Verdict.UNSETTLED : feasible ? Verdict.PLAN : Verdict.NO_PLAN_BY_SOLVING;
    }
}
