package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.plugin.boundary.Plugins;
import org.classcruncher.plugin.control.InstalledPlugin;
import org.classcruncher.solve.boundary.CruncherException;
import org.classcruncher.solve.boundary.InvalidRequest;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.web.security.CurrentCaller;

/** The "plan a school" page: the school form, submitted to the same boundary as the REST API. */
@Named
@ViewScoped
public class NewSolve implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "school";

    @Inject
    Solves solves;

    @Inject
    Plugins plugins;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    /** The school that will own the solve; empty for a district admin's district work. */
    private String school;

    private String name;
    private Integer teachers;
    private Integer minSubclassSize = 1;
    private String composites = "";
    private Integer timeLimitSeconds = 30;
    private Integer alternatives = 3;
    private String formulation = SolveOptions.DEFAULT_FORMULATION;
    private String sizePolicy;
    private String weighting;
    private final List<GradeRow> grades = new ArrayList<>(List.of(
            new GradeRow("K", null, null, null), new GradeRow("1", null, null, null),
            new GradeRow("2", null, null, null)));

    public void addGrade() {
        grades.add(new GradeRow());
    }

    public void removeGrade(GradeRow row) {
        grades.remove(row);
    }

    /** Fills the form with the original design's worked example. */
    public void loadExample() {
        name = "Seed example";
        teachers = 6;
        minSubclassSize = 5;
        composites = "K/1";
        grades.clear();
        grades.add(new GradeRow("K", 32, 10, 25));
        grades.add(new GradeRow("1", 57, 10, 25));
        grades.add(new GradeRow("2", 21, 10, 25));
    }

    /**
     * Submits the school and shows its solve; on a rejected field, stays with the message next to it; when the
     * server refuses the solve for now (a quota reached, the queue full), stays with the reason above the form.
     */
    public String submit() {
        try {
            SolveResult queued = solves.submit(caller.get(), school, toRequest());
            return "solve?faces-redirect=true&id=" + queued.id();
        } catch (InvalidSchoolException e) {
            FieldMessages.show(FORM, e.field(), e.getMessage(), grades);
        } catch (InvalidRequest e) {
            FieldMessages.show(FORM, e.field(), e.getMessage(), grades);
        } catch (CruncherException refused) {
            FieldMessages.show(FORM, null, Messages.text("school.refused", refused.getMessage()), grades);
        }
        return null;
    }

    private SchoolRequest toRequest() {
        List<GradeSpec> specs = grades.stream()
                .map(row -> new GradeSpec(row.getGrade(), required(row.getChildren(), row, "children"),
                        required(row.getMinClassSize(), row, "minClassSize"),
                        required(row.getMaxClassSize(), row, "maxClassSize")))
                .toList();
        List<CompositeSpec> allowed = Arrays.stream(composites == null ? new String[0] : composites.split("[,;\\s]+"))
                .filter(token -> !token.isBlank())
                .map(token -> new CompositeSpec(Arrays.stream(token.split("/")).map(String::strip).toList(), null, null))
                .toList();
        if (teachers == null) {
            throw new InvalidSchoolException("teachers", "teachers is required");
        }
        return new SchoolRequest(name, teachers, minSubclassSize, specs, allowed,
                new SolveOptions(alternatives, timeLimitSeconds, weighting, null, formulation, sizePolicy));
    }

    private static int required(Integer value, GradeRow row, String field) {
        if (value == null) {
            throw new InvalidSchoolException("grades[" + row.getGrade() + "]." + field, field + " is required");
        }
        return value;
    }

    /** The schools the user may plan for, for the form's choice. */
    public List<SchoolView> getSchools() {
        return accounts.schools(caller.get());
    }

    /** Whether the form asks which school: for a user of several schools, and for district admins. */
    public boolean isSchoolChoice() {
        return caller.isDistrictAdmin() || caller.get().schools().size() > 1;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    /** Ids of the installed class size policies, for the form's choice. */
    public List<String> getSizePolicies() {
        return idsOf("size");
    }

    /** Ids of the installed weightings, for the form's choice. */
    public List<String> getWeightings() {
        return idsOf("weighting");
    }

    private List<String> idsOf(String kind) {
        return plugins.list().installed().stream()
                .filter(plugin -> plugin.kind().equals(kind))
                .map(InstalledPlugin::id)
                .toList();
    }

    public String getSizePolicy() {
        return sizePolicy;
    }

    public void setSizePolicy(String sizePolicy) {
        this.sizePolicy = sizePolicy;
    }

    public String getWeighting() {
        return weighting;
    }

    public void setWeighting(String weighting) {
        this.weighting = weighting;
    }

    public Integer getAlternatives() {
        return alternatives;
    }

    public void setAlternatives(Integer alternatives) {
        this.alternatives = alternatives;
    }

    public String getFormulation() {
        return formulation;
    }

    public void setFormulation(String formulation) {
        this.formulation = formulation;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public Integer getMinSubclassSize() {
        return minSubclassSize;
    }

    public void setMinSubclassSize(Integer minSubclassSize) {
        this.minSubclassSize = minSubclassSize;
    }

    public String getComposites() {
        return composites;
    }

    public void setComposites(String composites) {
        this.composites = composites;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
