package org.classcruncher.planner.seed;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.ClassLabeller;
import org.classcruncher.planner.milp.MilpSolution;

/** Turns a solution of the seed model into a plan people can read: the used classes, labelled. */
public final class SeedPlanReader {

    private SeedPlanReader() {
    }

    public static ClassPlan read(SchoolRequest school, SeedModel model, MilpSolution solution) {
        List<List<Subclass>> classes = new ArrayList<>();
        for (int j = 0; j < model.classes().size(); j++) {
            if (solution.intValue(model.classUsed()[j]) == 1) {
                int classIndex = j;
                classes.add(model.subclasses().stream()
                        .filter(subclass -> subclass.classIndex() == classIndex)
                        .map(subclass -> new Subclass(subclass.grade(), solution.intValue(subclass.column())))
                        .toList());
            }
        }
        boolean optimal = solution.outcome() == MilpSolution.Outcome.OPTIMAL;
        Double gap = optimal || Double.isNaN(solution.gap()) ? null : solution.gap();
        return ClassPlan.of(1, ClassLabeller.label(school, classes), optimal, gap);
    }
}
