package org.classcruncher.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;

/**
 * Orders a plan's classes the way schools list them (straight classes in grade order, then composites) and names
 * them: the grades, then a letter for each class of the same grades ("1 A", "1 B", "K/1 A").
 */
public final class ClassLabeller {

    private ClassLabeller() {
    }

    /** @param classes each class as its subclasses, youngest grade first */
    public static List<PlannedClass> label(SchoolRequest school, List<List<Subclass>> classes) {
        List<List<Subclass>> ordered = new ArrayList<>(classes);
        ordered.sort(Comparator
                .comparingInt((List<Subclass> subclasses) -> subclasses.size() > 1 ? 1 : 0)
                .thenComparingInt(subclasses -> school.gradeIndex(subclasses.get(0).grade()))
                .thenComparingInt(List::size)
                .thenComparing(subclasses -> name(subclasses)));
        Map<String, Integer> seen = new HashMap<>();
        List<PlannedClass> labelled = new ArrayList<>();
        for (List<Subclass> subclasses : ordered) {
            String name = name(subclasses);
            int index = seen.merge(name, 1, Integer::sum) - 1;
            labelled.add(PlannedClass.of(name + " " + letters(index), subclasses));
        }
        return labelled;
    }

    private static String name(List<Subclass> subclasses) {
        return String.join("/", subclasses.stream().map(Subclass::grade).toList());
    }

    /**
     * The class name ("2" or "2/3") with the first letter no class in {@code taken} has yet: "2 C" after "2 A" and
     * "2 B". How a class added to a plan by hand is named.
     */
    public static String freeLabel(String name, Set<String> taken) {
        for (int index = 0; ; index++) {
            String label = name + " " + letters(index);
            if (!taken.contains(label)) {
                return label;
            }
        }
    }

    /** A, B, … Z, AA, AB, … as in a spreadsheet's columns. */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
