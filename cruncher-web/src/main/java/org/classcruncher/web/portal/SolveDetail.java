package org.classcruncher.web.portal;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SolveResult;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.solve.boundary.Submissions;
import org.classcruncher.solve.entity.SolveSummary;
import org.classcruncher.web.security.CurrentCaller;

/**
 * The page of one solve: its progress while it runs, then the inputs it used, its plans side by side and in full,
 * and what-ifs that plan the same school again with one change, in one click.
 */
@Named
@ViewScoped
public class SolveDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String WHAT_IFS = "whatIfs";

    @Inject
    Solves solves;

    @Inject
    Submissions submissions;

    @Inject
    CurrentCaller caller;

    private String id;
    /** The solve this one came from (a what-if, a fix, a re-plan), to say what changed; may be gone. */
    private String from;
    private String delta;
    /** The rank of a plan just saved from the adjust page, to say where it went. */
    private Integer saved;
    private SolveResult result;
    private boolean missing;

    /** The "grade grows" what-if: which grade, and by how many children (negative: shrinks). */
    private String whatIfGrade;
    private Integer whatIfChildren = 8;
    private Integer whatIfCap;

    /** What was typed in each plan's minimal-change re-plan form, by the plan's rank. */
    private final Map<Integer, ReplanInputs> replans = new HashMap<>();

    /** The solve chosen to compare this one with. */
    private String compareWith;
    private transient List<SolveSummary> siblings;
    private static final int MAX_SIBLINGS = 30;

    /** The staffing sweep's range; by default two teachers fewer to two more than the solve had. */
    private Integer sweepFrom;
    private Integer sweepTo;

    /** Reads the solve; called on every visit and by the page's poll until the solve has finished. */
    public void refresh() {
        try {
            result = id == null ? null : solves.find(caller.get(), id);
            missing = result == null;
        } catch (SolveNotFound e) {
            missing = true;
        }
    }

    /** Asks the solve to stop, and loads the page again: it shows the outcome once the solve has stopped. */
    public void cancel() throws IOException {
        if (id != null && !isFinished()) {
            submissions.cancel(caller.get(), id);
        }
        reload();
    }

    private void reload() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/solve.xhtml?id="
                + URLEncoder.encode(id == null ? "" : id, StandardCharsets.UTF_8)
                + (from == null ? "" : "&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)));
    }

    /** Plans the school again with the diagnosis's fix of this index applied (a what-if the diagnosis verified). */
    public String applyFix(int index) {
        if (!isApplicable(index)) {
            return null;
        }
        String fix = result.diagnosis().fixes().get(index);
        return result.diagnosis().changeOf(index)
                .map(change -> replan(change, fix.replaceFirst("(, the school has a plan| (together )?gives? a plan)"
                        + "( \\(with the \\d+ teachers the school has\\))?\\..*$", "")))
                .orElse(null);
    }

    /** Whether the fix of this index can be applied in one click. */
    public boolean isApplicable(int index) {
        return result != null && result.diagnosis() != null && result.diagnosis().changeOf(index).isPresent();
    }

    /** What if the school had one teacher less? */
    public String fewerTeachers() {
        int teachers = result.school().teachers() - 1;
        return replan(SchoolChange.teachers(teachers), Messages.text("whatIf.scenario.teachers", teachers));
    }

    /** What if the school had one teacher more? */
    public String moreTeachers() {
        int teachers = result.school().teachers() + 1;
        return replan(SchoolChange.teachers(teachers), Messages.text("whatIf.scenario.teachers", teachers));
    }

    public String allow(String composite) {
        return replan(SchoolChange.allow(composite), Messages.text("whatIf.scenario.allow", composite));
    }

    public String forbid(String composite) {
        return replan(SchoolChange.forbid(composite), Messages.text("whatIf.scenario.forbid", composite));
    }

    /** What if a grade had more (or fewer) children? */
    public String changeGrade() {
        GradeSpec grade = result.school().grades().stream().filter(spec -> spec.grade().equals(whatIfGrade))
                .findFirst().orElse(null);
        if (grade == null || whatIfChildren == null) {
            FieldMessages.show(WHAT_IFS, null, Messages.text("whatIf.grade.missing"), List.of());
            return null;
        }
        return replan(SchoolChange.children(grade.grade(), grade.children() + whatIfChildren),
                Messages.text("whatIf.scenario.grade", grade.grade(), whatIfChildren));
    }

    /** Plans the school once for each number of teachers of the sweep's range, and opens the sweep's page. */
    public String sweep() {
        return opening(() -> "sweep?faces-redirect=true&batch="
                + submissions.sweep(caller.get(), id, sweepFrom, sweepTo).id());
    }

    /**
     * Re-plans plan {@code rank} with minimal change: the ticked classes kept as they are, the teachers and a
     * grade's children as typed; the fewest children move.
     */
    public String replanFromPlan(int rank) {
        ReplanInputs inputs = replanOf(rank);
        Map<String, SchoolChange.GradeChange> grades = new LinkedHashMap<>();
        if (inputs.getGrade() != null && !inputs.getGrade().isBlank() && inputs.getChildren() != null) {
            grades.put(inputs.getGrade(), new SchoolChange.GradeChange(inputs.getChildren(), null, null));
        }
        SchoolChange change = new SchoolChange(inputs.getTeachers(), null, grades, null, null);
        List<String> keep = inputs.getLocked() == null ? List.of() : inputs.getLocked();
        String scenario = Messages.text("minimal.scenario", rank, keep.isEmpty() ? Messages.text("minimal.noLocks")
                : String.join(", ", keep));
        return opening(() -> "solve?faces-redirect=true&from=" + id + "&id="
                + submissions.replanFromPlan(caller.get(), id, rank, change, Set.copyOf(keep), scenario).id());
    }

    /** What if a grade's classes could be larger (or had to be smaller)? */
    public String changeCap() {
        GradeSpec grade = result.school().grades().stream().filter(spec -> spec.grade().equals(whatIfGrade))
                .findFirst().orElse(null);
        if (grade == null || whatIfCap == null) {
            FieldMessages.show(WHAT_IFS, null, Messages.text("whatIf.cap.missing"), List.of());
            return null;
        }
        return replan(SchoolChange.limits(grade.grade(), null, whatIfCap),
                Messages.text("whatIf.scenario.cap", grade.grade(), whatIfCap));
    }

    private String replan(SchoolChange change, String scenario) {
        return opening(() -> "solve?faces-redirect=true&from=" + id + "&id="
                + submissions.replan(caller.get(), id, change, scenario).id());
    }

    /**
     * Queues a what-if and answers the page of what it queued; a refused one stays here, saying why (a change
     * that cannot be planned, or a quota reached).
     */
    private String opening(Supplier<String> queue) {
        try {
            return queue.get();
        } catch (InvalidRequest e) {
            FieldMessages.show(WHAT_IFS, null, Messages.text("whatIf.refused", e.getMessage()), List.of());
        } catch (CruncherException refused) {
            FieldMessages.show(WHAT_IFS, null, Messages.text("school.refused", refused.getMessage()), List.of());
        }
        return null;
    }

    /** The composites the school allows, as "K/1". */
    public List<String> getComposites() {
        return result == null ? List.of() : result.school().composites().stream()
                .map(CompositeSpec::name).toList();
    }

    public String getCompositesText() {
        return String.join(", ", getComposites());
    }

    /** A portal text with its one argument, for labels made on the page (e.g. "Allow 2/3"). */
    public String text(String key, Object argument) {
        return Messages.text(key, argument, result == null ? 0 : result.school().teachers());
    }

    /** Pairs of neighbouring grades the school does not allow as a composite yet: the "allow" what-ifs. */
    public List<String> getAllowable() {
        if (result == null) {
            return List.of();
        }
        List<String> grades = getGrades();
        Set<Set<String>> allowed = result.school().composites().stream()
                .map(composite -> Set.copyOf(composite.grades())).collect(Collectors.toSet());
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < grades.size(); i++) {
            if (!allowed.contains(Set.of(grades.get(i), grades.get(i + 1)))) {
                pairs.add(grades.get(i) + "/" + grades.get(i + 1));
            }
        }
        return pairs;
    }

    /** The other solves of the same school this one can be compared with, newest first. */
    public List<SolveSummary> getSiblings() {
        if (siblings == null) {
            siblings = result == null ? List.of() : solves.siblings(caller.get(), id, MAX_SIBLINGS);
        }
        return siblings;
    }

    /** How a solve is offered for comparison: its scenario's name, else its school's, with when it was asked. */
    public String siblingLabel(SolveSummary sibling) {
        // To the second: two what-ifs of the same name a minute apart are told apart.
        return (sibling.scenario() != null ? sibling.scenario() : sibling.school()) + " ("
                + Messages.text("status." + sibling.status()) + ", " + sibling.submittedAt().toString()
                .replace('T', ' ').substring(0, 19) + " UTC)";
    }

    /** Opens this solve and the one chosen side by side. */
    public String compare() {
        if (compareWith == null || compareWith.isBlank()) {
            return null;
        }
        return "compare?faces-redirect=true&a=" + id + "&b=" + compareWith;
    }

    /** A plan's class sizes per grade, as a chart. */
    public String chartOf(ClassPlan plan) {
        return PlanChart.of(getGrades(), plan, Messages.text("solve.planChart", plan.rank()),
                grade -> Messages.text("chart.grade", grade));
    }

    /** What changed against the solve this one came from, once both have finished; {@code null} otherwise. */
    public String getDelta() {
        if (delta == null && from != null && !from.equals(id) && isFinished() && !missing) {
            try {
                delta = PlanDelta.of(solves.find(caller.get(), from), result);
            } catch (SolveNotFound gone) {
                from = null;
            }
        }
        return delta;
    }

    public Integer getSaved() {
        return saved;
    }

    public String getSavedParam() {
        return saved == null ? null : saved.toString();
    }

    /** The page's {@code saved} parameter: a plan's rank; anything else is not said (no conversion error). */
    public void setSavedParam(String saved) {
        this.saved = saved != null && saved.strip().matches("\\d{1,3}") ? Integer.valueOf(saved.strip()) : null;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** The plan to take: the best ranked, shown first with its classes and why it ranks first. */
    public ClassPlan getRecommended() {
        return result == null || result.plans().isEmpty() ? null : result.plans().get(0);
    }

    /** A plan's average class size, to one decimal. */
    public String averageOf(ClassPlan plan) {
        double children = plan.classes().stream().mapToInt(planned -> planned.total()).sum();
        return String.format(java.util.Locale.ROOT, "%.1f", children / Math.max(1, plan.classes().size()));
    }

    /** The plans side by side, one row per grade. */
    public PlanComparison getComparison() {
        return result == null ? null : PlanComparison.of(getGrades(), result.plans());
    }

    /** Now, for the printed page's date (shown in the reader's time zone). */
    public String getPrintedAt() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public boolean isFinished() {
        return missing || (result != null && result.status().finished());
    }

    /** All the school's children, for the summary of what was entered. */
    public int getChildrenTotal() {
        return result == null ? 0 : result.school().grades().stream().mapToInt(GradeSpec::children).sum();
    }

    /** The school's grades, youngest first: the plan tables' columns. */
    public List<String> getGrades() {
        return result == null ? List.of() : result.school().grades().stream().map(GradeSpec::grade).toList();
    }

    /** Whether some grade has children with a support plan: the class lists then show them per class. */
    public boolean isWithSupported() {
        return result != null && result.school().grades().stream().anyMatch(grade -> grade.supported() > 0);
    }

    /** The inputs of plan {@code rank}'s re-plan form; the teachers start at the solve's. */
    public ReplanInputs replanOf(int rank) {
        return replans.computeIfAbsent(rank, r -> new ReplanInputs(result == null ? null : result.school().teachers()));
    }

    /** The labels of a plan's classes, for its "keep as it is" boxes. */
    public List<String> labelsOf(ClassPlan plan) {
        return plan.classes().stream().map(planned -> planned.label()).toList();
    }

    public String getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(String compareWith) {
        this.compareWith = compareWith;
    }

    public Integer getSweepFrom() {
        return sweepFrom != null || result == null ? sweepFrom : Math.max(1, result.school().teachers() - 2);
    }

    public void setSweepFrom(Integer sweepFrom) {
        this.sweepFrom = sweepFrom;
    }

    public Integer getSweepTo() {
        return sweepTo != null || result == null ? sweepTo : result.school().teachers() + 2;
    }

    public void setSweepTo(Integer sweepTo) {
        this.sweepTo = sweepTo;
    }

    public String getWhatIfGrade() {
        return whatIfGrade;
    }

    public void setWhatIfGrade(String whatIfGrade) {
        this.whatIfGrade = whatIfGrade;
    }

    public Integer getWhatIfCap() {
        return whatIfCap;
    }

    public void setWhatIfCap(Integer whatIfCap) {
        this.whatIfCap = whatIfCap;
    }

    public Integer getWhatIfChildren() {
        return whatIfChildren;
    }

    public void setWhatIfChildren(Integer whatIfChildren) {
        this.whatIfChildren = whatIfChildren;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SolveResult getResult() {
        return result;
    }

    public boolean isMissing() {
        return missing;
    }
}
