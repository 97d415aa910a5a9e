package org.classcruncher.planner.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/**
 * Every plan of a school of straight classes only, by brute force: each grade split into any sizes within its
 * limits (not only even ones), every combination within the teachers. Independent of the planner's model, so a test
 * can check that the model's optimum under a rule is the true one.
 */
final class StraightPlans {

    /** The class sizes of each grade, in the school's order. */
    record Plan(List<List<Integer>> grades) {

        List<Integer> all() {
            return grades.stream().flatMap(List::stream).toList();
        }

        int classes() {
            return all().size();
        }

        int largest() {
            return all().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        long squares() {
            return all().stream().mapToLong(size -> (long) size * size).sum();
        }

        int gradeSpreads() {
            return grades.stream().mapToInt(sizes -> sizes.isEmpty() ? 0
                    : sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
                    - sizes.stream().mapToInt(Integer::intValue).min().getAsInt()).sum();
        }
    }

    private StraightPlans() {
    }

    /** The best plan keeping {@code rule} by {@code order}, or {@code null} when none keeps it. */
    static Plan best(SchoolRequest school, Predicate<Plan> rule, Comparator<Plan> order) {
        List<Plan> plans = new ArrayList<>();
        collect(school, 0, new ArrayList<>(), 0, plans);
        return plans.stream().filter(rule).min(order).orElse(null);
    }

    /** The standard order: most classes, smallest largest class, least sum of squares, least grade spreads. */
    static Comparator<Plan> standard() {
        return Comparator.comparingInt((Plan plan) -> -plan.classes()).thenComparingInt(Plan::largest)
                .thenComparingLong(Plan::squares).thenComparingInt(Plan::gradeSpreads);
    }

    /** {@code first}, then the standard order. */
    static Comparator<Plan> after(Function<Plan, Integer> first) {
        return Comparator.comparing(first).thenComparing(standard());
    }

    private static void collect(SchoolRequest school, int g, List<List<Integer>> chosen, int classes,
                                List<Plan> plans) {
        if (g == school.grades().size()) {
            plans.add(new Plan(List.copyOf(chosen)));
            return;
        }
        GradeSpec grade = school.grades().get(g);
        for (List<Integer> sizes : partitions(grade.children(), grade.minClassSize(), grade.maxClassSize(),
                grade.maxClassSize())) {
            if (classes + sizes.size() <= school.teachers()) {
                chosen.add(sizes);
                collect(school, g + 1, chosen, classes + sizes.size(), plans);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    /** Every split of {@code children} into sizes from {@code min} to {@code max}, largest first, none above {@code top}. */
    static List<List<Integer>> partitions(int children, int min, int max, int top) {
        List<List<Integer>> found = new ArrayList<>();
        if (children == 0) {
            found.add(List.of());
            return found;
        }
        for (int size = Math.min(top, Math.min(max, children)); size >= min; size--) {
            for (List<Integer> rest : partitions(children - size, min, max, size)) {
                List<Integer> sizes = new ArrayList<>();
                sizes.add(size);
                sizes.addAll(rest);
                found.add(sizes);
            }
        }
        return found;
    }
}
