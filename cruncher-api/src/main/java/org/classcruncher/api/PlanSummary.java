package org.classcruncher.api;

import java.io.Serializable;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures by which people compare plans.
 *
 * @param classes       classes run (one teacher each)
 * @param composites    of which composite classes
 * @param largestClass  children in the largest class
 * @param smallestClass children in the smallest class
 * @param spread        largest minus smallest class
 * @param gradeSpread   per grade, the largest minus the smallest class that has children of that grade
 */
public record PlanSummary(int classes, int composites, int largestClass, int smallestClass, int spread,
                          Map<String, Integer> gradeSpread) implements Serializable {

    public PlanSummary {
        gradeSpread = Collections.unmodifiableMap(new LinkedHashMap<>(gradeSpread));
    }

    public static PlanSummary of(List<PlannedClass> classes) {
        IntSummaryStatistics sizes = classes.stream().mapToInt(PlannedClass::total).summaryStatistics();
        Map<String, Integer> gradeSpread = new LinkedHashMap<>();
        classes.stream()
                .flatMap(plannedClass -> plannedClass.grades().stream())
                .distinct()
                .forEach(grade -> {
                    IntSummaryStatistics withGrade = classes.stream()
                            .filter(plannedClass -> plannedClass.has(grade))
                            .mapToInt(PlannedClass::total)
                            .summaryStatistics();
                    gradeSpread.put(grade, withGrade.getMax() - withGrade.getMin());
                });
        int largest = classes.isEmpty() ? 0 : sizes.getMax();
        int smallest = classes.isEmpty() ? 0 : sizes.getMin();
        return new PlanSummary(classes.size(), (int) classes.stream().filter(PlannedClass::composite).count(),
                largest, smallest, largest - smallest, gradeSpread);
    }

    /** The widest within-grade spread of the plan. */
    public int worstGradeSpread() {
        return gradeSpread.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
