package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.web.security.CurrentCaller;

/**
 * Two solves side by side ({@code ?a=ID&b=ID}, any two the caller may see; the result page offers the same
 * school's), e.g. "2027 as planned" and "2027 with 21 teachers": what was entered for each, with what differs
 * marked, and their best plans grade by grade.
 */
@Named
@ViewScoped
public class ScenarioComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One input of both solves: its name and each solve's value. */
    public record InputRow(String label, String first, String second) implements Serializable {

        public boolean differs() {
            return !first.equals(second);
        }
    }

    @Inject
    Solves solves;

    @Inject
    CurrentCaller caller;

    private String a;
    private String b;
    private SolveResult first;
    private SolveResult second;
    private boolean missing;

    public void load() {
        try {
            first = solves.find(caller.get(), a == null ? "" : a.strip());
            second = solves.find(caller.get(), b == null ? "" : b.strip());
        } catch (CruncherException | IllegalArgumentException notVisible) {
            missing = true;
        }
    }

    /** How each solve is called on the page: its scenario's name, else its school's name. */
    public String nameOf(SolveResult solve) {
        return solve.scenario() != null ? solve.scenario() : solve.school().name();
    }

    public List<InputRow> getInputs() {
        if (missing) {
            return List.of();
        }
        SchoolRequest one = first.school();
        SchoolRequest two = second.school();
        List<InputRow> rows = new ArrayList<>();
        rows.add(new InputRow(Messages.text("solve.inputs.teachers"), one.teachers().toString(),
                two.teachers().toString()));
        rows.add(new InputRow(Messages.text("solve.inputs.minSubclassSize"), one.minSubclassSize().toString(),
                two.minSubclassSize().toString()));
        rows.add(new InputRow(Messages.text("solve.inputs.composites"), composites(one), composites(two)));
        for (String grade : grades()) {
            rows.add(new InputRow(Messages.text("chart.grade", grade), grade(one, grade), grade(two, grade)));
        }
        return rows;
    }

    /** The best plans of both, grade by grade; {@code null} unless both have one. */
    public PlanComparison getPlans() {
        if (missing || first.plans().isEmpty() || second.plans().isEmpty()) {
            return null;
        }
        List<ClassPlan> best = List.of(first.plans().get(0), second.plans().get(0).withRank(2));
        return PlanComparison.of(grades(), best);
    }

    /** The grades of either school, in the first's order and then any the second adds. */
    private List<String> grades() {
        Set<String> grades = new LinkedHashSet<>();
        first.school().grades().forEach(grade -> grades.add(grade.grade()));
        second.school().grades().forEach(grade -> grades.add(grade.grade()));
        return List.copyOf(grades);
    }

    private static String composites(SchoolRequest school) {
        return school.composites().isEmpty() ? Messages.text("solve.inputs.noComposites")
                : String.join(", ", school.composites().stream().map(CompositeSpec::name).toList());
    }

    private static String grade(SchoolRequest school, String name) {
        Optional<GradeSpec> grade = school.grades().stream().filter(spec -> spec.grade().equals(name)).findFirst();
        return grade.map(spec -> Messages.text("compare.grade", spec.children(), spec.minClassSize(),
                spec.maxClassSize())).orElse("–");
    }

    public String getA() {
        return a;
    }

    public void setA(String a) {
        this.a = a;
    }

    public String getB() {
        return b;
    }

    public void setB(String b) {
        this.b = b;
    }

    public SolveResult getFirst() {
        return first;
    }

    public SolveResult getSecond() {
        return second;
    }

    public boolean isMissing() {
        return missing;
    }
}
