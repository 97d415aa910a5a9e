package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.AdjustedClass;
import org.classcruncher.api.ClassLabeller;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;

/**
 * The classes of a plan adjusted by hand, read from what a person or a client sent: grades the school teaches,
 * each once per class, in the school's grade order, grades with no children left out, every class named (a class
 * sent without a name is named as the planner names classes, with the next free letter). Whether the classes keep
 * the school's rules is {@link PlanRules}' question, not this one's: a plan that breaks them is still read.
 */
public final class AdjustedClasses {

    /** Longest class name. */
    public static final int MAX_LABEL = 40;

    private AdjustedClasses() {
    }

    /** @throws InvalidSchoolException naming the field ({@code classes[2].subclasses[0].grade}) that cannot be read */
    public static List<PlannedClass> read(List<AdjustedClass> adjusted, SchoolRequest school) {
        if (adjusted.isEmpty()) {
            throw new InvalidSchoolException("classes", "an adjusted plan needs its classes");
        }
        List<String> labels = new ArrayList<>();
        List<List<Subclass>> contents = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (int c = 0; c < adjusted.size(); c++) {
            AdjustedClass adjustedClass = adjusted.get(c);
            contents.add(subclasses(adjustedClass.subclasses(), school, "classes[" + c + "].subclasses"));
            String label = adjustedClass.label() == null ? "" : adjustedClass.label().strip();
            if (label.length() > MAX_LABEL) {
                throw new InvalidSchoolException("classes[" + c + "].label", "a class's name has at most "
                        + MAX_LABEL + " characters");
            }
            if (!label.isEmpty() && !given.add(label)) {
                throw new InvalidSchoolException("classes[" + c + "].label", "two classes are called " + label
                        + "; each class needs a name of its own");
            }
            labels.add(label);
        }
        List<PlannedClass> classes = new ArrayList<>();
        for (int c = 0; c < adjusted.size(); c++) {
            String label = labels.get(c).isEmpty() ? freeLabel(contents.get(c), given) : labels.get(c);
            given.add(label);
            classes.add(PlannedClass.of(label, contents.get(c)));
        }
        return classes;
    }

    private static List<Subclass> subclasses(List<Subclass> sent, SchoolRequest school, String field) {
        Map<String, Integer> children = new LinkedHashMap<>();
        for (int s = 0; s < sent.size(); s++) {
            Subclass subclass = sent.get(s);
            String grade = subclass.grade().strip();
            if (school.grades().stream().noneMatch(spec -> spec.grade().equals(grade))) {
                throw new InvalidSchoolException(field + "[" + s + "].grade", "the school has no grade " + grade
                        + "; its grades are " + String.join(", ", school.grades().stream().map(g -> g.grade()).toList()));
            }
            if (children.put(grade, subclass.children()) != null) {
                throw new InvalidSchoolException(field + "[" + s + "].grade", "grade " + grade
                        + " appears twice in one class; give its children once");
            }
            if (subclass.children() > school.grade(grade).children()) {
                throw new InvalidSchoolException(field + "[" + s + "].children", "grade " + grade + " has "
                        + school.grade(grade).children() + " children, not " + subclass.children());
            }
        }
        return school.inGradeOrder(List.copyOf(children.keySet())).stream()
                .filter(grade -> children.get(grade) > 0)
                .map(grade -> new Subclass(grade, children.get(grade)))
                .toList();
    }

    /** The grades' name and the first letter no class has yet (see {@link ClassLabeller#freeLabel}). */
    private static String freeLabel(List<Subclass> subclasses, Set<String> taken) {
        return ClassLabeller.freeLabel(subclasses.isEmpty() ? "Class"
                : String.join("/", subclasses.stream().map(Subclass::grade).toList()), taken);
    }
}
