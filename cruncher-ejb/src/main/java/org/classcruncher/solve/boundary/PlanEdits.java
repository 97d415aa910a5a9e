package org.classcruncher.solve.boundary;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.classcruncher.account.boundary.Caller;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.api.AdjustedClass;
import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.PlanAdjustment;
import org.classcruncher.api.PlanSummary;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.planner.AdjustedClasses;
import org.classcruncher.planner.PlanRules;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyFailure;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.SizeRules;
import org.classcruncher.planner.rules.RuleFigures;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.planner.rules.SupportedChildren;
import org.classcruncher.plugin.control.PluginRegistry;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.control.SolveStore;
import org.classcruncher.spi.ClassSizePolicy;

/**
 * Plans adjusted by hand: checked against the school's rules (its size policy's limits included) while someone moves
 * children, and saved as the solve's next plan when they keep every rule. The editing itself is the caller's
 * ({@link org.classcruncher.api.PlanDraft}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlanEdits {

    /** Most plans adjusted by hand one solve keeps, so its plans stay within {@link SolveResult#MAX_PLANS}. */
    public static final int MAX_ADJUSTED = SolveResult.MAX_PLANS - SolveOptions.MAX_ALTERNATIVES;

    @Inject
    Solves solves;

    @Inject
    SolveStore store;

    @Inject
    PluginRegistry plugins;

    @Inject
    AuditLog audit;

    /**
     * Checks a plan of a solve the caller may see, adjusted by hand, against the school's rules (its size policy's
     * limits included), without saving it: what the portal shows while someone moves children.
     *
     * @throws InvalidRequest when a class cannot be read (an unknown grade, a name given twice), naming the field
     */
    public AdjustmentCheck checkAdjustment(@NotNull Caller caller, @NotNull String id,
                                           @NotNull List<AdjustedClass> classes) {
        SolveResult solve = solves.find(caller, id);
        Policies policies = ChosenPolicies.of(plugins, solve.school().options());
        // One watch, as in a solve: each policy's calls share one budget.
        PolicyWatch watch = PolicyWatch.withDefaultBudget();
        SchoolRequest sized = sized(solve.school(), policies, watch);
        SchoolRules planRules = planRules(sized, policies, watch);
        SchoolRequest rules = planRules.capped(sized);
        List<PlannedClass> read;
        try {
            read = AdjustedClasses.read(classes, solve.school());
        } catch (InvalidSchoolException e) {
            throw new InvalidRequest(e.field(), e.getMessage());
        }
        // The children with a support plan placed in the classes as they now are, within the plan rules' caps.
        ClassPlan plan = ClassPlan.of(1, read, false, null);
        ClassPlan placed = SupportedChildren.dealt(plan, rules, planRules);
        List<PlannedClass> adjusted = placed == null ? read : placed.classes();
        List<BrokenRule> broken = new ArrayList<>(PlanRules.check(adjusted, rules));
        if (placed == null) {
            broken.add(new BrokenRule("supported", null, null, "The children with a support plan cannot be placed "
                    + "within the plan rules' limits on these classes."));
        }
        RuleFigures.broken(placed == null ? plan : placed, planRules, rules)
                .forEach(text -> broken.add(new BrokenRule("planRule", null, null, text)));
        return new AdjustmentCheck(adjusted, PlanSummary.of(adjusted), broken);
    }
    /**
     * Saves a plan adjusted by hand as the solve's next plan, marked with who adjusted it and from which plan, when
     * it keeps every rule of the school; answers the solve with it.
     *
     * @throws PlanBreaksRules listing each rule the plan breaks; nothing is saved
     */
    public SolveResult adjustPlan(@NotNull Caller caller, @NotNull String id, @NotNull PlanAdjustment adjustment) {
        SolveResult solve = solves.find(caller, id);
        Solves.planOf(solve, adjustment.from(), "from");
        if (solve.plans().stream().filter(ClassPlan::isAdjusted).count() >= MAX_ADJUSTED) {
            throw new InvalidRequest("from", "solve " + id + " keeps at most " + MAX_ADJUSTED
                    + " adjusted plans; plan the school again to start afresh");
        }
        AdjustmentCheck check = checkAdjustment(caller, id, adjustment.classes());
        if (!check.keepsEveryRule()) {
            throw new PlanBreaksRules(check.broken());
        }
        SolveResult adjusted = store.addAdjustedPlan(id, check.classes(), caller.username(), adjustment.from());
        audit.record(caller.username(), AuditAction.PLAN_ADJUSTED, id, "plan " + adjusted.plans().size()
                + " of " + solve.school().name() + ", from plan " + adjustment.from());
        return adjusted;
    }
    /** The school's rules as its plans must keep them: under its size policy's limits when it names one. */
    private static SchoolRequest sized(SchoolRequest school, Policies policies, PolicyWatch watch) {
        ClassSizePolicy sizePolicy = policies.sizePolicy();
        try {
            return SizeRules.apply(sizePolicy, school, watch);
        } catch (PolicyFailure e) {
            throw new InvalidRequest("options.sizePolicy", "the size policy " + sizePolicy.id()
                    + " failed, so the plan cannot be checked: " + e.getMessage());
        }
    }

    /**
     * The limits of the solve's plan rules (and its size policy's targets) on the school, which an adjusted plan
     * keeps as the planner's do.
     */
    private static SchoolRules planRules(SchoolRequest school, Policies policies, PolicyWatch watch) {
        try {
            // The size policy's targets first, so that a failure in them is the size policy's to answer for.
            SchoolRules.of(policies.sizePolicy(), List.of(), school, watch);
        } catch (PolicyFailure e) {
            throw new InvalidRequest("options.sizePolicy", "the size policy " + policies.sizePolicy().id()
                    + " failed, so the plan cannot be checked: " + e.getMessage());
        }
        try {
            return SchoolRules.of(policies.sizePolicy(), policies.rules(), school, watch);
        } catch (PolicyFailure e) {
            throw new InvalidRequest("options.rules", "a plan rule failed, so the plan cannot be checked: "
                    + e.getMessage());
        }
    }
}
