package org.classcruncher.planner.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.PlanShape;
import org.classcruncher.planner.SearchOutcome;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * Plans a school with the seed's model, as the original design did: one solve for the first plan, then, for
 * alternatives, one re-solve per grade and per composite with that grade's (or composite's) children weighted 2
 * instead of 1, keeping the plans that differ. Kept for comparison with the default formulation.
 */
public class SeedPlanner {

    private final GlpkSolver solver;
    private final SeedModelBuilder builder = new SeedModelBuilder();

    public SeedPlanner(GlpkSolver solver) {
        this.solver = solver;
    }

    public SearchOutcome plan(SchoolRequest school, ChildWeights weights, SolveControl control) {
        List<ClassType> classes = PotentialClasses.of(school);
        List<ClassPlan> plans = new ArrayList<>();
        Set<PlanShape> seen = new HashSet<>();
        for (ChildWeights perturbed : perturbations(school, weights)) {
            if (plans.size() == school.options().alternatives()) {
                break;
            }
            SeedModel model = builder.build(school, classes, perturbed);
            MilpSolution solution = solver.solve(model.milp(), control.remaining(), control.cancelled());
            if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                return new SearchOutcome(plans, SearchOutcome.Ending.INFEASIBLE);
            }
            if (solution.outcome().hasSolution()) {
                ClassPlan plan = SeedPlanReader.read(school, model, solution);
                if (seen.add(PlanShape.of(school, plan))) {
                    plans.add(plan.withRank(plans.size() + 1));
                }
            }
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                return new SearchOutcome(plans, SearchOutcome.Ending.stoppedBy(solution.outcome()));
            }
        }
        return new SearchOutcome(plans, SearchOutcome.Ending.COMPLETE);
    }

    /** The base weights, then each grade's and each composite's children weighted double. */
    private static List<ChildWeights> perturbations(SchoolRequest school, ChildWeights weights) {
        List<ChildWeights> perturbations = new ArrayList<>();
        perturbations.add(weights);
        for (GradeSpec grade : school.grades()) {
            perturbations.add((g, classGrades) -> weights.of(g, classGrades) * (g.equals(grade.grade()) ? 2 : 1));
        }
        for (CompositeSpec composite : school.composites()) {
            Set<String> compositeGrades = Set.copyOf(composite.grades());
            perturbations.add((g, classGrades) -> weights.of(g, classGrades)
                    * (Set.copyOf(classGrades).equals(compositeGrades) ? 2 : 1));
        }
        return perturbations;
    }
}
