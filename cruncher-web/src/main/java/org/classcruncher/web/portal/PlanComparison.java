package org.classcruncher.web.portal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;

/**
 * A result's plans side by side: one row per grade and one per figure, one column per plan, each cell flagged when
 * it is not what the first plan has, so that a principal sees at a glance where the plans differ.
 *
 * <p>Serializable as the page's view-scoped bean may keep it between requests.
 *
 * @param ranks   the plans' ranks, in column order
 * @param rows    one row per grade, in the school's order
 * @param figures the plans' figures, one row each
 */
public record PlanComparison(List<Integer> ranks, List<GradeRow> rows, List<FigureRow> figures)
        implements Serializable {

    private static final String NONE = "–";

    public PlanComparison {
        ranks = List.copyOf(ranks);
        rows = List.copyOf(rows);
        figures = List.copyOf(figures);
    }

    /** The children of one grade in each plan. */
    public record GradeRow(String grade, List<Cell> cells) implements Serializable {

        public GradeRow {
            cells = List.copyOf(cells);
        }
    }

    /** @param differs whether the text is not the first plan's: the first plan is what the others are read against */
    public record Cell(String text, boolean differs) implements Serializable {
    }

    public record FigureRow(String label, List<String> values, List<Boolean> differs) implements Serializable {

        public FigureRow {
            values = List.copyOf(values);
            differs = List.copyOf(differs);
        }
    }

    /**
     * @param grades the grades in the school's order; a grade no plan has a class for shows as a dash
     * @param plans  the plans in the order of their columns, the one the others are compared with first
     */
    public static PlanComparison of(List<String> grades, List<ClassPlan> plans) {
        List<GradeRow> rows = grades.stream().map(grade -> {
            List<String> texts = plans.stream().map(plan -> cellText(grade, plan)).toList();
            List<Boolean> differs = differsFromFirst(texts);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                cells.add(new Cell(texts.get(i), differs.get(i)));
            }
            return new GradeRow(grade, cells);
        }).toList();
        // The largest class first: the figure a principal compares plans by.
        List<FigureRow> figures = List.of(
                figure("Largest class", plans, plan -> String.valueOf(plan.summary().largestClass())),
                figure("Classes", plans, plan -> String.valueOf(plan.summary().classes())),
                figure("Composite classes", plans, plan -> String.valueOf(plan.summary().composites())),
                figure("Smallest class", plans, plan -> String.valueOf(plan.summary().smallestClass())),
                figure("Average class", plans, PlanComparison::averageClass),
                figure("Largest spread within a grade", plans,
                        plan -> String.valueOf(largestStraightSpread(plan))));
        return new PlanComparison(plans.stream().map(ClassPlan::rank).toList(), rows, figures);
    }

    /** E.g. "2 × 19–20, 2 × K/1: 12+9": the grade's straight classes, then each composite it is part of. */
    private static String cellText(String grade, ClassPlan plan) {
        List<String> parts = new ArrayList<>();
        IntSummaryStatistics straight = plan.classes().stream()
                .filter(plannedClass -> !plannedClass.composite() && plannedClass.has(grade))
                .mapToInt(PlannedClass::total)
                .summaryStatistics();
        if (straight.getCount() > 0) {
            parts.add(straight.getCount() + " × " + straight.getMin()
                    + (straight.getMin() == straight.getMax() ? "" : "–" + straight.getMax()));
        }
        // Labels tell apart classes that are alike ("K/1 A", "K/1 B"): alike composites are counted, not repeated.
        Map<String, Long> composites = plan.classes().stream()
                .filter(plannedClass -> plannedClass.composite() && plannedClass.has(grade))
                .map(PlanComparison::compositeText)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        composites.forEach((text, count) -> parts.add(count == 1 ? text : count + " × " + text));
        return parts.isEmpty() ? NONE : String.join(", ", parts);
    }

    private static String compositeText(PlannedClass composite) {
        return String.join("/", composite.grades()) + ": " + composite.subclasses().stream()
                .map(subclass -> String.valueOf(subclass.children()))
                .collect(Collectors.joining("+"));
    }

    static String averageClass(ClassPlan plan) {
        if (plan.classes().isEmpty()) {
            return NONE;
        }
        int children = plan.classes().stream().mapToInt(PlannedClass::total).sum();
        // Not String.format: that would write the server locale's decimal separator and round a double's binary form.
        return BigDecimal.valueOf(children)
                .divide(BigDecimal.valueOf(plan.classes().size()), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /**
     * Not {@code PlanSummary.worstGradeSpread()}: that one counts composites by their whole size, so a composite
     * beside straight classes of the same grade would look like an imbalance within the grade.
     */
    static int largestStraightSpread(ClassPlan plan) {
        Map<String, IntSummaryStatistics> sizes = plan.classes().stream()
                .filter(plannedClass -> plannedClass.grades().size() == 1)
                .collect(Collectors.groupingBy(plannedClass -> plannedClass.grades().get(0),
                        Collectors.summarizingInt(PlannedClass::total)));
        return sizes.values().stream().mapToInt(grade -> grade.getMax() - grade.getMin()).max().orElse(0);
    }

    private static FigureRow figure(String label, List<ClassPlan> plans, Function<ClassPlan, String> value) {
        List<String> values = plans.stream().map(value).toList();
        return new FigureRow(label, values, differsFromFirst(values));
    }

    private static List<Boolean> differsFromFirst(List<String> values) {
        return values.stream().map(text -> !text.equals(values.get(0))).toList();
    }
}
