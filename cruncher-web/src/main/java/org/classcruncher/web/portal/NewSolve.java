package org.classcruncher.web.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.classcruncher.account.boundary.Accounts;
import org.classcruncher.account.boundary.SchoolView;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InstalledPlugin;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.plugin.boundary.Plugins;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.school.boundary.SchoolInputs;
import org.classcruncher.school.entity.SavedInputs;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.boundary.Submissions;
import org.classcruncher.solve.entity.SolveQuery;
import org.classcruncher.solve.entity.SolveSummary;
import org.classcruncher.web.csv.CsvImportException;
import org.classcruncher.web.csv.SchoolCsv;
import org.classcruncher.web.security.CurrentCaller;

/**
 * The "plan a school" page: the school form, submitted to the same boundary as the REST API. It opens filled in:
 * with the inputs of a solve ("change and re-plan", {@code ?from=ID}), else with the school's saved inputs.
 */
@Named
@ViewScoped
public class NewSolve implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "school";

    @Inject
    Solves solves;

    @Inject
    Submissions submissions;

    @Inject
    Plugins plugins;

    @Inject
    Accounts accounts;

    @Inject
    SchoolInputs schoolInputs;

    @Inject
    CurrentCaller caller;

    /** The solve whose inputs fill the form ({@code ?from=ID}), if any. */
    private String from;

    /** Where the form's values came from, said above it; {@code null} for an empty form. */
    private String filledFrom;

    private String scenario;

    /** Whether a submission saves the form as the school's inputs; by default only while the school has none. */
    private Boolean saveInputs;
    private boolean schoolHasInputs;

    /** The newest solve the caller may see, opened in the form by one click ("the last scenario"). */
    private SolveSummary lastSolve;

    /** Rows pasted from a spreadsheet, to become the grades. */
    private String pasted;

    /** A grades CSV chosen for import; larger than a school's grades ever are, it is refused. */
    private transient Part csvFile;
    static final int MAX_CSV_BYTES = 256 * 1024;

    /** The limits "apply to every grade" sets. */
    private Integer allMinClassSize;
    private Integer allMaxClassSize;

    /** The school that will own the solve; empty for a district admin's district work. */
    private String school;

    private String name;
    private Integer teachers;
    private Integer minSubclassSize = 1;
    /** The allowed composites ticked in the form's grid, e.g. "K/1". */
    private List<String> composites = new ArrayList<>();
    private Integer timeLimitSeconds = 30;
    private Integer alternatives = 3;
    private String formulation = SolveOptions.DEFAULT_FORMULATION;
    private String sizePolicy;
    /** The plan rules chosen; the district's defaults until the user changes them. */
    private List<String> rules;
    private String weighting;
    /** Balancing rules of the inputs the form was filled with: the form has no field for them, so they carry over. */
    private List<String> balancing;
    private final List<GradeRow> grades = new ArrayList<>(List.of(
            new GradeRow("K", null, null, null), new GradeRow("1", null, null, null),
            new GradeRow("2", null, null, null)));

    /** Fills the form when the page opens: from the solve named by {@code from}, else from the school's inputs. */
    public void load() {
        if (from != null && !from.isBlank()) {
            try {
                SolveResult solve = solves.find(caller.get(), from.strip());
                school = solves.owner(caller.get(), solve.id());
                fill(solve.school());
                filledFrom = Messages.text("school.filledFrom.solve", solve.scenario() != null ? solve.scenario()
                        : solve.school().name());
                return;
            } catch (CruncherException notVisible) {
                FieldMessages.show(FORM, null, Messages.text("school.filledFrom.missing"), grades);
            }
        }
        if (school == null && !caller.isDistrictAdmin() && caller.get().schools().size() == 1) {
            school = caller.get().schools().iterator().next();
        }
        loadSchoolInputs();
        List<SolveSummary> newest = solves.list(caller.get(),
                new SolveQuery(0, 1, "submittedAt", true, null, null, null)).items();
        lastSolve = newest.isEmpty() ? null : newest.get(0);
    }

    /** Fills the form with the chosen school's newest saved inputs, if it has any (the school menu's change). */
    public void loadSchoolInputs() {
        if (school == null || school.isBlank()) {
            return;
        }
        try {
            SavedInputs saved = schoolInputs.latest(caller.get(), school);
            fill(saved.inputs());
            filledFrom = Messages.text("school.filledFrom.saved", saved.version(), saved.savedBy());
            schoolHasInputs = true;
        } catch (CruncherException none) {
            filledFrom = null;
            schoolHasInputs = false;
        }
    }

    private void fill(SchoolRequest inputs) {
        name = inputs.name();
        teachers = inputs.teachers();
        minSubclassSize = inputs.minSubclassSize();
        composites = new ArrayList<>(inputs.composites().stream().map(CompositeSpec::name).toList());
        grades.clear();
        inputs.grades().forEach(grade -> grades.add(GradeRow.of(grade)));
        SolveOptions options = inputs.options();
        alternatives = options.alternatives();
        timeLimitSeconds = options.timeLimitSeconds();
        formulation = options.formulation();
        sizePolicy = options.sizePolicy();
        weighting = options.weighting();
        balancing = options.balancing();
        rules = options.rules() == null ? districtRules() : new ArrayList<>(options.rules());
    }

    /** Replaces the grades with a preset's (K-6, K-8, K-12, 7-12), keeping the children typed for grades kept. */
    public void preset(String which) {
        List<String> names = GradePresets.grades(which);
        List<GradeRow> kept = new ArrayList<>(grades);
        grades.clear();
        for (String grade : names) {
            grades.add(kept.stream().filter(row -> grade.equals(row.getGrade())).findFirst()
                    .orElseGet(() -> new GradeRow(grade, null, allMinClassSize, allMaxClassSize)));
        }
    }

    /** Sets the smallest and largest class of every grade to the values typed above the table. */
    public void applyLimitsToAll() {
        for (GradeRow row : grades) {
            if (allMinClassSize != null) {
                row.setMinClassSize(allMinClassSize);
            }
            if (allMaxClassSize != null) {
                row.setMaxClassSize(allMaxClassSize);
            }
        }
    }

    /**
     * Replaces the grades with those of the chosen CSV file (one row per grade); a file that cannot be read leaves
     * the grades as they were and says why, naming the row, next to the file field.
     */
    public void importCsv() {
        if (csvFile == null || csvFile.getSize() == 0) {
            FieldMessages.show(FORM, "csvFile", Messages.text("school.csv.none"), grades);
            return;
        }
        try (InputStream in = csvFile.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_CSV_BYTES + 1);
            if (bytes.length > MAX_CSV_BYTES) {
                FieldMessages.show(FORM, "csvFile", Messages.text("school.csv.tooLarge"), grades);
                return;
            }
            List<GradeSpec> imported = SchoolCsv.read(new String(bytes, StandardCharsets.UTF_8));
            grades.clear();
            imported.forEach(grade -> grades.add(GradeRow.of(grade)));
            filledFrom = Messages.text("school.csv.imported", imported.size(), csvFile.getSubmittedFileName());
        } catch (CsvImportException e) {
            FieldMessages.show(FORM, "csvFile", e.getMessage(), grades);
        } catch (IOException e) {
            FieldMessages.show(FORM, "csvFile", Messages.text("school.csv.unreadable"), grades);
        }
    }

    /** Replaces the grades with rows pasted from a spreadsheet (with or without the header row). */
    public void usePasted() {
        if (pasted == null || pasted.isBlank()) {
            FieldMessages.show(FORM, "pasted", Messages.text("school.paste.none"), grades);
            return;
        }
        try {
            List<GradeSpec> imported = SchoolCsv.readPasted(pasted);
            grades.clear();
            imported.forEach(grade -> grades.add(GradeRow.of(grade)));
            filledFrom = Messages.text("school.paste.used", imported.size());
            pasted = null;
        } catch (CsvImportException e) {
            FieldMessages.show(FORM, "pasted", e.getMessage(), grades);
        }
    }

    public void addGrade() {
        grades.add(new GradeRow());
    }

    public void removeGrade(GradeRow row) {
        grades.remove(row);
    }

    /** Fills the form with the original design's worked example, solved with the default options. */
    public void loadExample() {
        SolveOptions defaults = SolveOptions.defaults();
        alternatives = defaults.alternatives();
        timeLimitSeconds = defaults.timeLimitSeconds();
        formulation = defaults.formulation();
        sizePolicy = null;
        weighting = null;
        balancing = null;
        rules = districtRules();
        filledFrom = null;
        name = "Seed example";
        teachers = 6;
        minSubclassSize = 5;
        composites = new ArrayList<>(List.of("K/1"));
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
        List<FormCheck.Problem> problems = FormCheck.of(teachers, minSubclassSize, grades);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> FieldMessages.showAt(FORM + ":" + problem.field(), problem.message()));
            return null;
        }
        try {
            SolveResult queued = submissions.submit(caller.get(), school, toRequest(), scenario, isSaveInputs());
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
                        required(row.getMaxClassSize(), row, "maxClassSize"), row.getSupported()))
                .toList();
        List<CompositeSpec> allowed = (composites == null ? List.<String>of() : composites).stream()
                .map(name -> new CompositeSpec(Arrays.stream(name.split("/")).map(String::strip).toList(), null, null))
                .toList();
        if (teachers == null) {
            throw new InvalidSchoolException("teachers", "teachers is required");
        }
        return new SchoolRequest(name, teachers, minSubclassSize, specs, allowed,
                new SolveOptions(alternatives, timeLimitSeconds, weighting, balancing, formulation, sizePolicy,
                        rules == null ? List.of() : rules));
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getFilledFrom() {
        return filledFrom;
    }

    public Part getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(Part csvFile) {
        this.csvFile = csvFile;
    }

    /** Whether the school has saved inputs to export (the form's "download" link). */
    public boolean isExportable() {
        if (school == null || school.isBlank()) {
            return false;
        }
        try {
            schoolInputs.latest(caller.get(), school);
            return true;
        } catch (CruncherException none) {
            return false;
        }
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public boolean isSaveInputs() {
        return saveInputs != null ? saveInputs : !schoolHasInputs;
    }

    public void setSaveInputs(boolean saveInputs) {
        this.saveInputs = saveInputs;
    }

    /** The newest solve, offered as "the last scenario" when the form opens on other inputs; or null. */
    public SolveSummary getLastSolve() {
        return lastSolve == null || lastSolve.id().equals(from) ? null : lastSolve;
    }

    /** How the last scenario is named in its link: its scenario, else its school's name. */
    public String getLastSolveName() {
        return lastSolve == null ? null : lastSolve.scenario() != null ? lastSolve.scenario() : lastSolve.school();
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public Integer getAllMinClassSize() {
        return allMinClassSize;
    }

    public void setAllMinClassSize(Integer allMinClassSize) {
        this.allMinClassSize = allMinClassSize;
    }

    public Integer getAllMaxClassSize() {
        return allMaxClassSize;
    }

    public void setAllMaxClassSize(Integer allMaxClassSize) {
        this.allMaxClassSize = allMaxClassSize;
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

    /** The installed plan rules, for the form's choice (each with its description and version). */
    public List<InstalledPlugin> getPlanRules() {
        return plugins.list().installed().stream().filter(plugin -> plugin.kind().equals("rule")).toList();
    }

    public List<String> getRules() {
        if (rules == null) {
            rules = districtRules();
        }
        return rules;
    }

    public void setRules(List<String> rules) {
        this.rules = rules == null ? new ArrayList<>() : new ArrayList<>(rules);
    }

    private List<String> districtRules() {
        return new ArrayList<>(plugins.list().defaults().rules());
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

    public List<String> getComposites() {
        return composites;
    }

    public void setComposites(List<String> composites) {
        this.composites = composites;
    }

    /**
     * The composites the grid offers: every pair and triple of neighbouring grades of the table, and any composite
     * ticked already (one the inputs had), so that nothing is lost.
     */
    public List<String> getCompositeChoices() {
        List<String> names = grades.stream().map(GradeRow::getGrade)
                .filter(grade -> grade != null && !grade.isBlank()).map(String::strip).toList();
        List<String> choices = new ArrayList<>();
        for (int size = 2; size <= 3; size++) {
            for (int first = 0; first + size <= names.size(); first++) {
                choices.add(String.join("/", names.subList(first, first + size)));
            }
        }
        if (composites != null) {
            composites.stream().filter(name -> !choices.contains(name)).forEach(choices::add);
        }
        return choices;
    }

    /** The live totals above the grades: children, classes the limits need without composites, teachers. */
    public String getTotals() {
        int children = grades.stream().filter(row -> row.getChildren() != null && row.getChildren() > 0)
                .mapToInt(GradeRow::getChildren).sum();
        return Messages.text("school.totals", children, straightClassesNeeded(), teachers == null ? "?" : teachers);
    }

    /** Whether the limits alone need more classes than there are teachers (composites may still help). */
    public boolean isShortOfTeachers() {
        return teachers != null && straightClassesNeeded() > teachers;
    }

    /** The fewest classes the grades need as straight classes: each grade's children over its largest class. */
    private int straightClassesNeeded() {
        int classes = 0;
        for (GradeRow row : grades) {
            if (row.getChildren() != null && row.getChildren() > 0 && row.getMaxClassSize() != null
                    && row.getMaxClassSize() > 0) {
                classes += (row.getChildren() + row.getMaxClassSize() - 1) / row.getMaxClassSize();
            }
        }
        return classes;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }
}
