package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.api.AdjustedClass;
import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlanAdjustment;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.ClassLabeller;
import org.classcruncher.solve.boundary.AdjustmentCheck;
import org.classcruncher.problem.CruncherException;
import org.classcruncher.solve.boundary.PlanBreaksRules;
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
    CurrentCaller caller;

    private String id;
    private int from = 1;
    private SolveResult result;
    private boolean missing;

    /** The classes as they stand now, in the order they are listed. */
    private final List<EditedClass> classes = new ArrayList<>();
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

    /** One class being adjusted: its name and the children of each of its grades, in grade order. */
    public static final class EditedClass implements Serializable {

        private static final long serialVersionUID = 1L;

        private String label;
        private final LinkedHashMap<String, Integer> children;

        EditedClass(String label, Map<String, Integer> children) {
            this.label = label;
            this.children = new LinkedHashMap<>(children);
        }

        public String getLabel() {
            return label;
        }

        /** The children of each grade, editable on the page. */
        public Map<String, Integer> getChildren() {
            return children;
        }

        public boolean has(String grade) {
            return children.containsKey(grade);
        }

        public int getTotal() {
            return children.values().stream().mapToInt(count -> count == null ? 0 : count).sum();
        }

        int of(String grade) {
            Integer count = children.get(grade);
            return count == null ? 0 : count;
        }

        String grades() {
            return String.join("/", children.keySet());
        }

        AdjustedClass toAdjusted() {
            return new AdjustedClass(label, children.entrySet().stream()
                    .map(entry -> new Subclass(entry.getKey(), Math.max(0, entry.getValue() == null ? 0 : entry.getValue())))
                    .toList());
        }
    }

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
        if (!missing && classes.isEmpty()) {
            reset(plan);
        }
    }

    private void reset(ClassPlan plan) {
        classes.clear();
        for (PlannedClass planned : plan.classes()) {
            Map<String, Integer> children = new LinkedHashMap<>();
            planned.subclasses().forEach(subclass -> children.put(subclass.grade(), subclass.children()));
            classes.add(new EditedClass(planned.label(), children));
        }
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
                check = solves.checkAdjustment(caller.get(), id, classes.stream().map(EditedClass::toAdjusted).toList());
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
        return classes.stream().mapToInt(edited -> edited.of(grade)).sum();
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
        EditedClass source = find(moveFrom);
        EditedClass target = find(moveTo);
        if (source == null || target == null || source == target) {
            FieldMessages.showAt(FORM + ":moveTo", Messages.text("adjust.move.classes"));
            return;
        }
        if (moveGrade == null || !source.has(moveGrade)) {
            FieldMessages.showAt(FORM + ":moveGrade", Messages.text("adjust.move.grade", source.label));
            return;
        }
        if (moveCount == null || moveCount < 1 || moveCount > source.of(moveGrade)) {
            FieldMessages.showAt(FORM + ":moveCount", Messages.text("adjust.move.count", source.label,
                    source.of(moveGrade), moveGrade));
            return;
        }
        source.children.put(moveGrade, source.of(moveGrade) - moveCount);
        boolean newGrade = !target.has(moveGrade);
        target.children.put(moveGrade, target.of(moveGrade) + moveCount);
        if (newGrade) {
            regrade(target);
        }
        if (source.of(moveGrade) == 0 && source.children.size() > 1) {
            source.children.remove(moveGrade);
            regrade(source);
        }
        changed();
    }

    /** Splits a class in two of the same grades, half of each grade's children in the new one. */
    public void split(String label) {
        EditedClass original = find(label);
        if (original == null) {
            return;
        }
        Map<String, Integer> half = new LinkedHashMap<>();
        original.children.forEach((grade, count) -> {
            int moved = (count == null ? 0 : count) / 2;
            half.put(grade, moved);
            original.children.put(grade, (count == null ? 0 : count) - moved);
        });
        classes.add(classes.indexOf(original) + 1, new EditedClass(freeLabel(original.grades()), half));
        changed();
    }

    /** Merges one class into another: its children join the other class, and the class is gone. */
    public void merge() {
        EditedClass into = find(mergeInto);
        EditedClass gone = find(mergeFrom);
        if (into == null || gone == null || into == gone) {
            FieldMessages.showAt(FORM + ":mergeFrom", Messages.text("adjust.merge.classes"));
            return;
        }
        boolean newGrades = !into.children.keySet().containsAll(gone.children.keySet());
        gone.children.forEach((grade, count) -> into.children.put(grade, into.of(grade) + (count == null ? 0 : count)));
        classes.remove(gone);
        if (newGrades) {
            regrade(into);
        }
        changed();
    }

    /** Adds an empty class of a straight grade or an allowed composite, to move children into. */
    public void add() {
        if (addKind == null || !getKinds().contains(addKind)) {
            FieldMessages.showAt(FORM + ":addKind", Messages.text("adjust.add.kind"));
            return;
        }
        Map<String, Integer> children = new LinkedHashMap<>();
        for (String grade : addKind.split("/")) {
            children.put(grade, 0);
        }
        classes.add(new EditedClass(freeLabel(addKind), children));
        changed();
    }

    /** Removes a class; its children, if any, are then without a class until moved. */
    public void remove(String label) {
        EditedClass gone = find(label);
        if (gone != null) {
            classes.remove(gone);
            changed();
        }
    }

    /**
     * Saves the plan as the solve's next plan when it keeps every rule, and shows the solve at the saved plan, saying
     * where it went.
     */
    public String save() throws java.io.IOException {
        try {
            SolveResult saved = solves.adjustPlan(caller.get(), id, new PlanAdjustment(from,
                    classes.stream().map(EditedClass::toAdjusted).toList()));
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

    /** The class's grades in the school's order, then relabelled after them: "2 B" with grade 3 added is "2/3 A". */
    private void regrade(EditedClass edited) {
        LinkedHashMap<String, Integer> ordered = new LinkedHashMap<>();
        getGrades().stream().filter(edited::has).forEach(grade -> ordered.put(grade, edited.children.get(grade)));
        edited.children.clear();
        edited.children.putAll(ordered);
        edited.label = null;
        edited.label = freeLabel(edited.grades());
    }

    /** Named as the planner names classes: the grades and the next free letter. */
    private String freeLabel(String grades) {
        Set<String> taken = new HashSet<>();
        classes.forEach(edited -> taken.add(edited.label));
        return ClassLabeller.freeLabel(grades, taken);
    }

    private EditedClass find(String label) {
        return classes.stream().filter(edited -> edited.label.equals(label)).findFirst().orElse(null);
    }

    public List<EditedClass> getClasses() {
        return classes;
    }

    public List<String> getLabels() {
        return classes.stream().map(EditedClass::getLabel).toList();
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
