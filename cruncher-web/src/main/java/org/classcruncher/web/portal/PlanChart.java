package org.classcruncher.web.portal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;

/**
 * A plan's classes as a stacked bar chart drawn on the server as SVG: one bar per class, its height the class's
 * size, each grade's children a colour of their own, so a composite shows how it splits. No script: the result page
 * loads none for it (a charting library was most of the page's weight).
 */
final class PlanChart {

    /** Colours told apart also by people with the commonest colour blindness (Okabe–Ito). */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private static final int BAR = 28;
    private static final int GAP = 10;
    private static final int HEIGHT = 160;
    private static final int LEFT = 34;
    private static final int TOP = 8;
    private static final int LABELS = 34;
    private static final int LEGEND = 22;

    private PlanChart() {
    }

    /**
     * The chart as an {@code <svg>} element, named for screen readers by {@code title}; {@code gradeName} names a
     * grade in the legend ("Grade K"). Every text in it is escaped here: the page writes it as it is.
     */
    static String of(List<String> grades, ClassPlan plan, String title, Function<String, String> gradeName) {
        List<PlannedClass> classes = plan.classes();
        int largest = Math.max(1, classes.stream().mapToInt(PlannedClass::total).max().orElse(1));
        int top = niceTop(largest);
        int legendWidth = LEFT;
        for (String grade : grades) {
            legendWidth += legendStep(gradeName.apply(grade));
        }
        int width = Math.max(legendWidth, LEFT + classes.size() * (BAR + GAP) + GAP);
        int height = TOP + HEIGHT + LABELS + LEGEND;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"plan-chart\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" "
                + "width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", escape(title), width, height,
                width, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int tick = 0; tick <= top; tick += Math.max(1, top / 4)) {
            int y = TOP + HEIGHT - tick * HEIGHT / top;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d0d7de\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">%d</text>",
                    LEFT, y, width, y, LEFT - 4, y + 3, tick));
        }
        for (int c = 0; c < classes.size(); c++) {
            PlannedClass planned = classes.get(c);
            int x = LEFT + GAP + c * (BAR + GAP);
            int base = TOP + HEIGHT;
            for (int g = 0; g < grades.size(); g++) {
                int children = planned.childrenOf(grades.get(g));
                if (children == 0) {
                    continue;
                }
                int bar = children * HEIGHT / top;
                base -= bar;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", x, base, BAR, bar, COLOURS.get(g % COLOURS.size()),
                        escape(planned.label() + ": " + gradeName.apply(grades.get(g)) + ", " + children)));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"#333\">%d</text>", x + BAR / 2, base - 3, planned.total()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"#333\">%s</text>", x + BAR / 2, TOP + HEIGHT + 14, escape(planned.label())));
        }
        int x = LEFT;
        int y = TOP + HEIGHT + LABELS;
        for (int g = 0; g < grades.size(); g++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#333\">%s</text>", x, y,
                    COLOURS.get(g % COLOURS.size()), x + 13, y + 9, escape(gradeName.apply(grades.get(g)))));
            x += legendStep(gradeName.apply(grades.get(g)));
        }
        return svg.append("</svg>").toString();
    }

    private static int legendStep(String name) {
        return 22 + 7 * name.length();
    }

    /** The axis's top: the largest class rounded up to a multiple of 5. */
    private static int niceTop(int largest) {
        return (largest + 4) / 5 * 5;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
