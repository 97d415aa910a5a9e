package org.classcruncher.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan being adjusted by hand: children moved between classes, classes split, merged, added or removed. A class
 * that gains or loses a grade is renamed as the planner names classes (its grades in the school's order and the next
 * free letter: "2 B" given grade 3 becomes "2/3 A"). The draft keeps no rule of the school: checking it is the
 * service's ({@code POST /solves/{id}/plans/check}); a draft may be anything on its way to a plan.
 */
public final class PlanDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a move was not made. */
    public enum MoveRefused {
        /** Either class is unknown, or both are the same class. */
        CLASSES,
        /** The class moved from has no children of that grade. */
        GRADE,
        /** Not between 1 and the children of that grade in the class moved from. */
        COUNT
    }

    /** One class of the draft: its name and the children of each of its grades, in the school's grade order. */
    public static final class DraftClass implements Serializable {

        private static final long serialVersionUID = 1L;

        private String label;
        private final LinkedHashMap<String, Integer> children;

        DraftClass(String label, Map<String, Integer> children) {
            this.label = label;
            this.children = new LinkedHashMap<>(children);
        }

        public String getLabel() {
            return label;
        }

        /** The children of each grade; a form writes typed values straight into it ({@code null}: nothing typed). */
        public Map<String, Integer> getChildren() {
            return children;
        }

        public boolean has(String grade) {
            return children.containsKey(grade);
        }

        public int getTotal() {
            return children.values().stream().mapToInt(count -> count == null ? 0 : count).sum();
        }

        /** The children of the grade, 0 for a grade it does not have or an empty cell. */
        public int of(String grade) {
            Integer count = children.get(grade);
            return count == null ? 0 : count;
        }

        String grades() {
            return String.join("/", children.keySet());
        }

        AdjustedClass toAdjusted() {
            return new AdjustedClass(label, children.entrySet().stream()
                    .map(entry -> new Subclass(entry.getKey(), Math.max(0, entry.getValue() == null ? 0
                            : entry.getValue())))
                    .toList());
        }
    }

    private final List<String> gradeOrder;
    private final List<DraftClass> classes = new ArrayList<>();

    private PlanDraft(List<String> gradeOrder) {
        this.gradeOrder = List.copyOf(gradeOrder);
    }

    /** A draft of the plan's classes as they are, for the school whose grades come in this order. */
    public static PlanDraft of(ClassPlan plan, List<String> gradeOrder) {
        PlanDraft draft = new PlanDraft(gradeOrder);
        for (PlannedClass planned : plan.classes()) {
            Map<String, Integer> children = new LinkedHashMap<>();
            planned.subclasses().forEach(subclass -> children.put(subclass.grade(), subclass.children()));
            draft.classes.add(new DraftClass(planned.label(), children));
        }
        return draft;
    }

    public List<DraftClass> classes() {
        return classes;
    }

    public List<String> labels() {
        return classes.stream().map(DraftClass::getLabel).toList();
    }

    /** Children of the grade placed in the classes as they stand. */
    public int placed(String grade) {
        return classes.stream().mapToInt(draft -> draft.of(grade)).sum();
    }

    /** The children of the grade in the class, 0 when there is no such class or it has none of them. */
    public int children(String label, String grade) {
        DraftClass draft = find(label);
        return draft == null ? 0 : draft.of(grade);
    }

    /** The classes as a plan to check or save. */
    public List<AdjustedClass> toAdjusted() {
        return classes.stream().map(DraftClass::toAdjusted).toList();
    }

    /**
     * Moves {@code count} children of {@code grade} from one class to another, which gets that grade if it had none;
     * the class moved from loses the grade when none of its children are left and it has another.
     */
    public Optional<MoveRefused> move(String from, String to, String grade, Integer count) {
        DraftClass source = find(from);
        DraftClass target = find(to);
        if (source == null || target == null || source == target) {
            return Optional.of(MoveRefused.CLASSES);
        }
        if (grade == null || !source.has(grade)) {
            return Optional.of(MoveRefused.GRADE);
        }
        if (count == null || count < 1 || count > source.of(grade)) {
            return Optional.of(MoveRefused.COUNT);
        }
        source.children.put(grade, source.of(grade) - count);
        boolean newGrade = !target.has(grade);
        target.children.put(grade, target.of(grade) + count);
        if (newGrade) {
            regrade(target);
        }
        if (source.of(grade) == 0 && source.children.size() > 1) {
            source.children.remove(grade);
            regrade(source);
        }
        return Optional.empty();
    }

    /** Splits a class in two of the same grades, half of each grade's children (rounded down) in the new one. */
    public void split(String label) {
        DraftClass original = find(label);
        if (original == null) {
            return;
        }
        Map<String, Integer> half = new LinkedHashMap<>();
        original.children.forEach((grade, count) -> {
            int moved = (count == null ? 0 : count) / 2;
            half.put(grade, moved);
            original.children.put(grade, (count == null ? 0 : count) - moved);
        });
        classes.add(classes.indexOf(original) + 1, new DraftClass(freeLabel(original.grades()), half));
    }

    /** Merges one class into another: its children join the other class and it is gone; false if not two classes. */
    public boolean merge(String into, String from) {
        DraftClass kept = find(into);
        DraftClass gone = find(from);
        if (kept == null || gone == null || kept == gone) {
            return false;
        }
        boolean newGrades = !kept.children.keySet().containsAll(gone.children.keySet());
        gone.children.forEach((grade, count) -> kept.children.put(grade, kept.of(grade)
                + (count == null ? 0 : count)));
        classes.remove(gone);
        if (newGrades) {
            regrade(kept);
        }
        return true;
    }

    /** Adds an empty class of these grades ("2", or "2/3" for a composite), to move children into. */
    public void add(String grades) {
        Map<String, Integer> children = new LinkedHashMap<>();
        for (String grade : grades.split("/")) {
            children.put(grade, 0);
        }
        classes.add(new DraftClass(freeLabel(grades), children));
    }

    /** Removes a class; its children, if any, are then without a class until moved. */
    public void remove(String label) {
        DraftClass gone = find(label);
        if (gone != null) {
            classes.remove(gone);
        }
    }

    /** The class's grades in the school's order, then relabelled after them. */
    private void regrade(DraftClass draft) {
        LinkedHashMap<String, Integer> ordered = new LinkedHashMap<>();
        gradeOrder.stream().filter(draft::has).forEach(grade -> ordered.put(grade, draft.children.get(grade)));
        draft.children.clear();
        draft.children.putAll(ordered);
        draft.label = null;
        draft.label = freeLabel(draft.grades());
    }

    private String freeLabel(String grades) {
        Set<String> taken = new HashSet<>();
        classes.forEach(draft -> taken.add(draft.label));
        return ClassLabeller.freeLabel(grades, taken);
    }

    private DraftClass find(String label) {
        return classes.stream().filter(draft -> draft.label.equals(label)).findFirst().orElse(null);
    }
}
