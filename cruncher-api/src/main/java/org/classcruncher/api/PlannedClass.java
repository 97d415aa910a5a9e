package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * One class of a plan: its label (e.g. "K/1 A"), the children of each of its grades, and its size.
 *
 * @param label      a name people use: the grades, then a letter telling apart classes of the same grades
 * @param subclasses the children of each grade, youngest grade first
 * @param total      children in the class
 * @param supported  of them, children with a support plan (an IEP), as the planner spread them over the classes
 */
public record PlannedClass(String label, List<Subclass> subclasses, int total, int supported) implements Serializable {

    public PlannedClass {
        subclasses = List.copyOf(subclasses);
        int sum = subclasses.stream().mapToInt(Subclass::children).sum();
        if (sum != total) {
            throw new IllegalArgumentException("class " + label + " totals " + total + " but its grades hold " + sum);
        }
        if (supported < 0 || supported > total) {
            throw new IllegalArgumentException("class " + label + " has " + supported + " children with a support "
                    + "plan of its " + total);
        }
    }

    /** A class whose total is the sum of its subclasses, none of them with a support plan. */
    public static PlannedClass of(String label, List<Subclass> subclasses) {
        return new PlannedClass(label, subclasses, subclasses.stream().mapToInt(Subclass::children).sum(), 0);
    }

    /** The same class with {@code children} of its children having a support plan. */
    public PlannedClass withSupported(int children) {
        return new PlannedClass(label, subclasses, total, children);
    }

    public List<String> grades() {
        return subclasses.stream().map(Subclass::grade).toList();
    }

    public boolean composite() {
        return subclasses.size() > 1;
    }

    public boolean has(String grade) {
        return grades().contains(grade);
    }

    /** Children of {@code grade} in this class, 0 if the class has none. */
    public int childrenOf(String grade) {
        return subclasses.stream()
                .filter(subclass -> subclass.grade().equals(grade))
                .mapToInt(Subclass::children)
                .sum();
    }
}
