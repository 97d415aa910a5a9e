package org.classcruncher.planner.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.RuleFigure;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.PlanLimit;

/**
 * Measures a finished plan against each limit of its rules, in a principal's words: which rules shaped it and how
 * near it is to each. Also the check that a plan keeps them ({@link #broken}), for plans made or changed by hand.
 */
public final class RuleFigures {

    private RuleFigures() {
    }

    /** One figure per limit, in the rules' order. */
    public static List<RuleFigure> of(ClassPlan plan, SchoolRules rules, SchoolRequest school) {
        List<RuleFigure> figures = new ArrayList<>();
        for (SchoolRules.Limit limit : rules.limits()) {
            figures.add(figure(limit.rule(), limit.limit(), plan, rules, school));
        }
        return figures;
    }

    /** What the plan breaks, one sentence per limit broken (targets are soft and never broken). */
    public static List<String> broken(ClassPlan plan, SchoolRules rules, SchoolRequest school) {
        List<String> broken = new ArrayList<>();
        for (SchoolRules.Limit limit : rules.limits()) {
            if (limit.limit() instanceof PlanLimit.Target) {
                continue;
            }
            RuleFigure figure = figure(limit.rule(), limit.limit(), plan, rules, school);
            if (figure.value() > figure.limit() + 1e-9) {
                broken.add("The rule " + limit.rule() + " is not kept: " + figure.text());
            }
        }
        return broken;
    }

    private static RuleFigure figure(String rule, PlanLimit limit, ClassPlan plan, SchoolRules rules,
                                     SchoolRequest school) {
        List<PlannedClass> covered = plan.classes().stream()
                .filter(plannedClass -> SchoolRules.covers(limit, plannedClass.grades())).toList();
        String scope = scope(limit.grades(), school);
        if (limit instanceof PlanLimit.ShareAbove share) {
            long above = covered.stream().filter(c -> c.total() > share.size()).count();
            double value = covered.isEmpty() ? 0 : (double) above / covered.size();
            return new RuleFigure(rule, scope + ": " + percent(1 - value) + " of " + covered.size() + " classes hold "
                    + share.size() + " or fewer (the rule: at least " + percent(1 - share.share()) + ")",
                    value, share.share(), above + 1 > share.share() * covered.size() + 1e-9);
        }
        if (limit instanceof PlanLimit.AverageAtMost average) {
            int children = covered.stream().mapToInt(PlannedClass::total).sum();
            double value = covered.isEmpty() ? 0 : (double) children / covered.size();
            return new RuleFigure(rule, scope + ": the classes average " + decimal(value) + " children (the rule: at "
                    + "most " + decimal(average.average()) + ")", value, average.average(),
                    !covered.isEmpty() && children + 1 > average.average() * covered.size() + 1e-9);
        }
        if (limit instanceof PlanLimit.Cap cap) {
            int largest = covered.stream().mapToInt(PlannedClass::total).max().orElse(0);
            return new RuleFigure(rule, scope + ": largest class " + largest + " (the rule: at most " + cap.size()
                    + ")", largest, cap.size(), largest == cap.size());
        }
        if (limit instanceof PlanLimit.Target target) {
            return overTarget(rule, target, covered, rules, scope);
        }
        if (limit instanceof PlanLimit.CompositeCap cap) {
            int largest = covered.stream().filter(PlannedClass::composite).mapToInt(PlannedClass::total).max()
                    .orElse(0);
            return new RuleFigure(rule, scope + ": largest composite class " + largest + " (the rule: at most "
                    + cap.size() + ")", largest, cap.size(), largest == cap.size());
        }
        if (limit instanceof PlanLimit.MostKinds kinds) {
            int most = 0;
            String widest = null;
            for (String grade : limit.grades()) {
                long count = plan.classes().stream().filter(c -> c.has(grade)).map(PlannedClass::grades).distinct()
                        .count();
                if (count > most) {
                    most = (int) count;
                    widest = grade;
                }
            }
            return new RuleFigure(rule, scope + ": " + (widest == null ? "no grade taught"
                    : "grade " + widest + " is taught in " + most + (most == 1 ? " kind" : " kinds") + " of class")
                    + " (the rule: at most " + kinds.kinds() + ")", most, kinds.kinds(), most == kinds.kinds());
        }
        if (limit instanceof PlanLimit.MostSupported supported) {
            int most = covered.stream().mapToInt(PlannedClass::supported).max().orElse(0);
            int all = covered.stream().mapToInt(PlannedClass::supported).sum();
            return new RuleFigure(rule, scope + ": " + all + (all == 1 ? " child" : " children") + " with a support "
                    + "plan, at most " + most + " in a class (the rule: at most " + supported.children() + ")", most,
                    supported.children(), most == supported.children());
        }
        if (limit instanceof PlanLimit.SupportedCountAs counted) {
            // How far the fullest class is from its cap, each supported child counted as the weight; in m-ths of a
            // child, whole numbers.
            int sharing = counted.sharingAPlace();
            int fullest = Integer.MIN_VALUE;
            String where = null;
            for (PlannedClass plannedClass : covered) {
                int cap = school.limitsOf(plannedClass.grades()).max();
                int counts = (sharing + 1) * plannedClass.supported() + sharing * (plannedClass.total()
                        - plannedClass.supported());
                if (counts - sharing * cap > fullest) {
                    fullest = counts - sharing * cap;
                    where = plannedClass.label() + " counts " + decimal((double) counts / sharing) + " of its " + cap;
                }
            }
            return new RuleFigure(rule, scope + ": a child with a support plan counts as " + weight(counted)
                    + "; the fullest class " + (where == null ? "none" : where) + " (the rule: at most its cap)",
                    Math.max(0, (double) fullest / sharing), 0, fullest > -sharing);
        }
        PlanLimit.MostComposites composites = (PlanLimit.MostComposites) limit;
        int count = plan.summary().composites();
        return new RuleFigure(rule, count + (count == 1 ? " composite class" : " composite classes") + " (the rule: "
                + "at most " + composites.classes() + ")", count, composites.classes(), count == composites.classes());
    }

    /** Children above the target of their class (the lowest target of its grades), and where. */
    private static RuleFigure overTarget(String rule, PlanLimit.Target target, List<PlannedClass> covered,
                                         SchoolRules rules, String scope) {
        int over = 0;
        List<String> where = new ArrayList<>();
        for (PlannedClass plannedClass : covered) {
            int classTarget = rules.all(PlanLimit.Target.class).stream()
                    .filter(other -> SchoolRules.covers(other, plannedClass.grades()))
                    .mapToInt(PlanLimit.Target::size).min().orElse(target.size());
            // A class is counted by the lowest target naming it, under that target's own figure only.
            if (classTarget != target.size() || plannedClass.total() <= classTarget) {
                continue;
            }
            over += plannedClass.total() - classTarget;
            where.add(plannedClass.label() + " holds " + plannedClass.total());
        }
        String text = over == 0
                ? scope + ": no class above its target of " + target.size()
                : scope + ": " + over + (over == 1 ? " child" : " children") + " above the target of " + target.size()
                + " (" + String.join(", ", where) + "), because no plan keeps to it";
        return new RuleFigure(rule, text, over, 0, over > 0);
    }

    /** "Grades K-3", "Grade 5", or "Grades K, 2, 4" when not neighbours. */
    static String scope(List<String> grades, SchoolRequest school) {
        if (grades.isEmpty()) {
            return "All classes";
        }
        if (grades.size() == 1) {
            return "Grade " + grades.get(0);
        }
        List<String> order = school.grades().stream().map(GradeSpec::grade).toList();
        int first = order.indexOf(grades.get(0));
        boolean neighbours = true;
        for (int g = 1; g < grades.size(); g++) {
            neighbours &= order.indexOf(grades.get(g)) == first + g;
        }
        return "Grades " + (neighbours ? grades.get(0) + "-" + grades.get(grades.size() - 1)
                : String.join(", ", grades));
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.DOWN).toPlainString() + " %";
    }

    /** "two", or the weight to two decimals: "1.5", "1.33". */
    private static String weight(PlanLimit.SupportedCountAs counted) {
        return counted.sharingAPlace() == 1 ? "two" : BigDecimal.valueOf(counted.weight())
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
