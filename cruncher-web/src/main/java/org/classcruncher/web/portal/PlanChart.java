package org.classcruncher.web.portal;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;

/**
 * A plan's classes as a stacked bar chart (Chart.js, as PrimeFaces' chart takes it): one bar per class, its height
 * the class's size, each grade's children a colour of their own, so a composite shows how it splits.
 */
final class PlanChart {

    /** Colours told apart also by people with the commonest colour blindness (Okabe–Ito). */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private PlanChart() {
    }

    static String of(List<String> grades, ClassPlan plan) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        plan.classes().forEach(planned -> labels.add(planned.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int g = 0; g < grades.size(); g++) {
            String grade = grades.get(g);
            JsonArrayBuilder children = Json.createArrayBuilder();
            for (PlannedClass planned : plan.classes()) {
                children.add(planned.childrenOf(grade));
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", Messages.text("chart.grade", grade))
                    .add("data", children)
                    .add("backgroundColor", COLOURS.get(g % COLOURS.size())));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }
}
