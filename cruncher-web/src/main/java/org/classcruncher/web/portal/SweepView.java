package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlanSummary;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.entity.BatchStatus;
import org.classcruncher.solve.entity.SolveSummary;
import org.classcruncher.web.security.CurrentCaller;

/**
 * A staffing sweep's page: the best plan's figures for each number of teachers, as a table and a chart, each row
 * opening its solve. Reads the sweep's batch on every visit and by the page's poll until every solve has ended.
 */
@Named
@ViewScoped
public class SweepView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One number of teachers: its solve and, once planned, the best plan's figures ({@code null} until then), and its
     * alternative with the smallest largest class (its rank, from 2; 0 and {@code null}: none).
     */
    public record Row(int teachers, String solveId, SolveStatus status, PlanSummary best, String averageClass,
                      int gradeSpread, int alternativeRank, PlanSummary alternative) implements Serializable {

        public boolean planned() {
            return best != null;
        }
    }

    @Inject
    Solves solves;

    @Inject
    CurrentCaller caller;

    private String batch;
    private String school;
    private List<Row> rows = List.of();
    private boolean finished;
    private boolean missing;

    public void refresh() {
        if (batch == null || batch.isBlank()) {
            missing = true;
            finished = true;
            return;
        }
        try {
            BatchStatus status = solves.batch(caller.get(), batch);
            List<Row> read = new ArrayList<>();
            for (SolveSummary summary : status.solves()) {
                SolveResult solve = solves.find(caller.get(), summary.id());
                school = solve.school().name();
                ClassPlan best = solve.plans().isEmpty() ? null : solve.plans().get(0);
                int alternative = smallestLargestAlternative(solve.plans());
                read.add(new Row(solve.school().teachers(), solve.id(), solve.status(),
                        best == null ? null : best.summary(),
                        best == null ? null : PlanComparison.averageClass(best),
                        best == null ? 0 : PlanComparison.largestStraightSpread(best),
                        alternative + 1, alternative < 0 ? null : solve.plans().get(alternative).summary()));
            }
            read.sort(Comparator.comparingInt(Row::teachers));
            rows = read;
            finished = status.finished();
        } catch (SolveNotFound | IllegalArgumentException e) {
            missing = true;
            finished = true;
        }
    }

    /** The index of the alternative (not the best plan) with the smallest largest class, the first of equals; -1: none. */
    private static int smallestLargestAlternative(List<ClassPlan> plans) {
        int chosen = -1;
        for (int i = 1; i < plans.size(); i++) {
            if (chosen < 0 || plans.get(i).summary().largestClass() < plans.get(chosen).summary().largestClass()) {
                chosen = i;
            }
        }
        return chosen;
    }

    /**
     * Why a teacher more gives a larger largest class, where it does: the objective puts fewer composite classes, then
     * more classes, before the largest class; and the alternative of that solve with the smallest largest class,
     * where it is no larger than before.
     */
    public List<String> getNotes() {
        List<String> notes = new ArrayList<>();
        Row before = null;
        for (Row row : rows) {
            if (!row.planned()) {
                continue;
            }
            if (before != null && row.best().largestClass() > before.best().largestClass()) {
                String note = row.best().composites() < before.best().composites()
                        ? Messages.text("sweep.note.fewerComposites", row.teachers(), row.best().composites(),
                        before.teachers(), before.best().composites(), row.best().largestClass(),
                        before.best().largestClass())
                        : Messages.text("sweep.note.moreClasses", row.teachers(), row.best().classes(),
                        before.teachers(), before.best().classes(), row.best().largestClass(),
                        before.best().largestClass());
                if (row.alternative() != null
                        && row.alternative().largestClass() <= before.best().largestClass()) {
                    note += " " + Messages.text("sweep.note.alternative", row.alternativeRank(),
                            row.alternative().largestClass(), row.alternative().composites());
                }
                notes.add(note);
            }
            before = row;
        }
        return notes;
    }

    /**
     * The chart (Chart.js, as PrimeFaces' chart takes it): per number of teachers, the best plan's classes, largest
     * and smallest class; a count without a plan has no bar.
     */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder classes = Json.createArrayBuilder();
        JsonArrayBuilder largest = Json.createArrayBuilder();
        JsonArrayBuilder smallest = Json.createArrayBuilder();
        for (Row row : rows) {
            labels.add(Messages.text("sweep.chart.teachers", row.teachers()));
            if (row.planned()) {
                classes.add(row.best().classes());
                largest.add(row.best().largestClass());
                smallest.add(row.best().smallestClass());
            } else {
                classes.addNull();
                largest.addNull();
                smallest.addNull();
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(Messages.text("sweep.classes"), classes, "#1a73e8"))
                                .add(dataset(Messages.text("sweep.largest"), largest, "#b3261e"))
                                .add(dataset(Messages.text("sweep.smallest"), smallest, "#137333"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public String getSchool() {
        return school;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isMissing() {
        return missing;
    }
}
