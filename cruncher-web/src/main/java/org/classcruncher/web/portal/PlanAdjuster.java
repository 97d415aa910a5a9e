package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlanAdjustment;
import org.classcruncher.api.PlanDraft;
import org.classcruncher.api.SolveResult;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.solve.boundary.AdjustmentCheck;
import org.classcruncher.solve.boundary.PlanBreaksRules;
import org.classcruncher.solve.boundary.PlanEdits;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.web.security.CurrentCaller;

/**
 * Adjusting a plan by hand: children moved between classes, a composite's split changed, classes split, merged,
 * added or removed, each change checked at once against the school's rules, the broken rule named next to its
 * class and the plan's figures kept up to date; a plan that keeps every rule is saved as the solve's next plan.
 */
@Named
@ViewScoped
public class PlanAdjuster implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "adjust";

    @Inject
    Solves solves;

    @Inject
    PlanEdits planEdits;

    @Inject
    CurrentCaller caller;

    private String id;
    private int from = 1;
    private SolveResult result;
    private boolean missing;

    /** The classes as they stand now, in the order they are listed. */
    private PlanDraft draft;
    private transient AdjustmentCheck check;

    /** "Move N children of grade G from class A to class B". */
    private String moveFrom;
    private String moveTo;
    private String moveGrade;
    private Integer moveCount;

    /** "Merge class B into class A". */
    private String mergeInto;
    private String mergeFrom;

    /** "Add a class of these grades" ("2" or "2/3"). */
    private String addKind;

    /** Reads the solve and starts from the plan asked for; called on every visit. */
    public void load() {
        try {
            result = id == null ? null : solves.find(caller.get(), id);
        } catch (SolveNotFound e) {
            result = null;
        }
        ClassPlan plan = result == null ? null : result.plans().stream().filter(candidate -> candidate.rank() == from)
                .findFirst().orElse(null);
        missing = plan == null;
        if (!missing && draft == null) {
            reset(plan);
        }
    }

    private void reset(ClassPlan plan) {
        draft = PlanDraft.of(plan, getGrades());
        check = null;
    }

    /** Back to the plan as it was. */
    public void startAgain() {
        result.plans().stream().filter(candidate -> candidate.rank() == from).findFirst().ifPresent(this::reset);
    }

    /** The rule check of the classes as they stand; made once per request, after the page's values are applied. */
    public AdjustmentCheck getCheck() {
        if (check == null && result != null) {
            try {
                check = planEdits.checkAdjustment(caller.get(), id, draft.toAdjusted());
            } catch (CruncherException e) {
                // A plan that cannot be read, or a solve id swapped in the request for one the caller may not see.
                FieldMessages.show(FORM, null, e.getMessage(), List.of());
            }
        }
        return check;
    }

    /** A value typed in a cell: the check is made again. */
    public void changed() {
        check = null;
    }

    /** The rules broken by the class called {@code label}, in words. */
    public List<String> brokenBy(String label) {
        AdjustmentCheck current = getCheck();
        return current == null ? List.of() : current.broken().stream()
                .filter(rule -> label.equals(rule.label()))
                .map(BrokenRule::message)
                .toList();
    }

    /** The rules of the whole plan it breaks (teachers, every child placed once), in words. */
    public List<String> getPlanWideBroken() {
        AdjustmentCheck current = getCheck();
        return current == null ? List.of() : current.broken().stream()
                .filter(rule -> rule.label() == null)
                .map(BrokenRule::message)
                .toList();
    }

    public boolean isKeepsEveryRule() {
        AdjustmentCheck current = getCheck();
        return current != null && current.keepsEveryRule();
    }

    /** Children of a grade placed in the classes as they stand. */
    public int placed(String grade) {
        return draft.placed(grade);
    }

    /** What a cell holds, for screen readers: "Children of grade 2 in 2 B". */
    /** A cell's heading where the table is shown as cards (a phone): "Grade K (58 / 58 placed)". */
    public String cellHeading(String grade) {
        return Messages.text("adjust.cellHeading", grade, placed(grade), childrenOf(grade));
    }

    public String cellLabel(String grade, String label) {
        return Messages.text("adjust.cellLabel", grade, label);
    }

    public int childrenOf(String grade) {
        return result.school().grade(grade).children();
    }

    /** Moves children of a grade from one class to another (which gets that grade if it had none). */
    public void move() {
        Optional<PlanDraft.MoveRefused> refused = draft.move(moveFrom, moveTo, moveGrade, moveCount);
        if (refused.isEmpty()) {
            changed();
            return;
        }
        switch (refused.get()) {
            case CLASSES -> FieldMessages.showAt(FORM + ":moveTo", Messages.text("adjust.move.classes"));
            case GRADE -> FieldMessages.showAt(FORM + ":moveGrade", Messages.text("adjust.move.grade", moveFrom));
            case COUNT -> FieldMessages.showAt(FORM + ":moveCount", Messages.text("adjust.move.count", moveFrom,
                    draft.children(moveFrom, moveGrade), moveGrade));
        }
    }

    /** Splits a class in two of the same grades, half of each grade's children in the new one. */
    public void split(String label) {
        draft.split(label);
        changed();
    }

    /** Merges one class into another: its children join the other class, and the class is gone. */
    public void merge() {
        if (!draft.merge(mergeInto, mergeFrom)) {
            FieldMessages.showAt(FORM + ":mergeFrom", Messages.text("adjust.merge.classes"));
            return;
        }
        changed();
    }

    /** Adds an empty class of a straight grade or an allowed composite, to move children into. */
    public void add() {
        if (addKind == null || !getKinds().contains(addKind)) {
            FieldMessages.showAt(FORM + ":addKind", Messages.text("adjust.add.kind"));
            return;
        }
        draft.add(addKind);
        changed();
    }

    /** Removes a class; its children, if any, are then without a class until moved. */
    public void remove(String label) {
        draft.remove(label);
        changed();
    }

    /**
     * Saves the plan as the solve's next plan when it keeps every rule, and shows the solve at the saved plan, saying
     * where it went.
     */
    public String save() throws java.io.IOException {
        try {
            SolveResult saved = planEdits.adjustPlan(caller.get(), id, new PlanAdjustment(from, draft.toAdjusted()));
            int rank = saved.plans().get(saved.plans().size() - 1).rank();
            jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/solve.xhtml?id="
                    + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "&saved=" + rank
                    + "#plan-" + rank);
            return null;
        } catch (PlanBreaksRules e) {
            FieldMessages.show(FORM, null, Messages.text("adjust.save.broken", e.broken().size()), List.of());
        } catch (CruncherException refused) {
            FieldMessages.show(FORM, null, Messages.text("school.refused", refused.getMessage()), List.of());
        }
        return null;
    }

    public List<PlanDraft.DraftClass> getClasses() {
        return draft == null ? List.of() : draft.classes();
    }

    public List<String> getLabels() {
        return draft == null ? List.of() : draft.labels();
    }

    public List<String> getGrades() {
        return result == null ? List.of() : result.school().grades().stream().map(GradeSpec::grade).toList();
    }

    /** The kinds of class that may be added: each grade, each allowed composite. */
    public List<String> getKinds() {
        List<String> kinds = new ArrayList<>(getGrades());
        if (result != null) {
            result.school().composites().stream().map(CompositeSpec::name).forEach(kinds::add);
        }
        return kinds;
    }

    public SolveResult getResult() {
        return result;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public String getPlan() {
        return String.valueOf(from);
    }

    /**
     * The page's {@code plan} parameter as typed: a rank the solve lacks, or no number at all ({@code abc},
     * {@code 1.5}, {@code 2147483648}), opens the page's "no such plan" text, not a conversion error.
     */
    public void setPlan(String plan) {
        this.from = plan != null && plan.strip().matches("\\d{1,3}") ? Integer.parseInt(plan.strip()) : -1;
    }

    public String getMoveFrom() {
        return moveFrom;
    }

    public void setMoveFrom(String moveFrom) {
        this.moveFrom = moveFrom;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getMoveGrade() {
        return moveGrade;
    }

    public void setMoveGrade(String moveGrade) {
        this.moveGrade = moveGrade;
    }

    public Integer getMoveCount() {
        return moveCount;
    }

    public void setMoveCount(Integer moveCount) {
        this.moveCount = moveCount;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getMergeFrom() {
        return mergeFrom;
    }

    public void setMergeFrom(String mergeFrom) {
        this.mergeFrom = mergeFrom;
    }

    public String getAddKind() {
        return addKind;
    }

    public void setAddKind(String addKind) {
        this.addKind = addKind;
    }
}
