package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

class PlanChartTest {

    private static final ClassPlan PLAN = ClassPlan.of(1, List.of(
            PlannedClass.of("K A", List.of(new Subclass("K", 20))),
            PlannedClass.of("K/1 A", List.of(new Subclass("K", 6), new Subclass("1", 18))),
            PlannedClass.of("1 A", List.of(new Subclass("1", 23)))), true, null);

    private final String svg = PlanChart.of(List.of("K", "1"), PLAN, "Plan 1: the children of each grade in each class",
            grade -> "Grade " + grade);

    @Test
    void drawsABarPerClassOfItsSizeStackedByGrade() {
        assertThat(svg).startsWith("<svg class=\"plan-chart\" role=\"img\" aria-label=\"Plan 1: the children of each "
                + "grade in each class\"").endsWith("</svg>");
        // One rectangle per grade of a class, and one per grade in the legend.
        assertThat(count("<rect ")).isEqualTo(4 + 2);
        assertThat(svg).contains("<title>K/1 A: Grade K, 6</title>", "<title>K/1 A: Grade 1, 18</title>",
                ">24</text>", ">K/1 A</text>", ">Grade 1</text>");
        // The axis runs to 25 (the largest class, 24, rounded up to 5): 160 px high, so K/1 A's bar is 153 px.
        assertThat(heights("K/1 A")).containsExactly(6 * 160 / 25, 18 * 160 / 25);
    }

    @Test
    void escapesEveryTextItShows() {
        ClassPlan hostile = ClassPlan.of(1, List.of(PlannedClass.of("<script>alert(1)</script> A",
                List.of(new Subclass("<script>alert(1)</script>", 20)))), true, null);
        String drawn = PlanChart.of(List.of("<script>alert(1)</script>"), hostile, "Plan \"1\" <b>", grade -> grade);
        assertThat(drawn).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt; A",
                "aria-label=\"Plan &quot;1&quot; &lt;b&gt;\"");
    }

    private int count(String part) {
        return svg.split(Pattern.quote(part), -1).length - 1;
    }

    private List<Integer> heights(String label) {
        Matcher bars = Pattern.compile("height=\"(\\d+)\" fill=\"[^\"]+\"><title>" + Pattern.quote(label) + ":")
                .matcher(svg);
        List<Integer> heights = new java.util.ArrayList<>();
        while (bars.find()) {
            heights.add(Integer.parseInt(bars.group(1)));
        }
        return heights;
    }
}
