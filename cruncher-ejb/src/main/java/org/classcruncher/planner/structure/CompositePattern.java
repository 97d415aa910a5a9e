package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;

/**
 * How many classes each composite type runs: the part of a structure that the search fixes before each small model
 * ({@link PatternModel}). Its number of composites is the first level of the objective.
 *
 * @param counts by type (in {@link ClassType#of} order): classes of each composite type, 0 for straight types
 */
public record CompositePattern(List<Integer> counts) {

    public CompositePattern {
        counts = List.copyOf(counts);
    }

    public int classes(int type) {
        return counts.get(type);
    }

    public int composites() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether {@code structure} (classes per type) runs these composites. */
    public boolean matches(List<Integer> structure, List<ClassType> types) {
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite() && !structure.get(t).equals(counts.get(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every pattern of exactly {@code composites} classes within the pruned counts that leaves each grade at least
     * the minimum subclass size per composite class; {@code null} when there are more than {@code limit}, or when
     * looking for them takes more than {@value #STEPS_PER_PATTERN} steps per pattern allowed.
     */
    public static List<CompositePattern> withComposites(SchoolRequest school, List<ClassType> types,
                                                        List<List<Integer>> runCounts, int composites, int limit) {
        List<CompositePattern> patterns = new ArrayList<>();
        int[] counts = new int[types.size()];
        int[] taken = new int[school.grades().size()];
        int[] steps = {(int) Math.min(Integer.MAX_VALUE, (long) STEPS_PER_PATTERN * limit)};
        boolean complete = enumerate(school, types, runCounts, 0, composites, counts, taken, patterns, limit, steps);
        return complete ? patterns : null;
    }

    private static final int STEPS_PER_PATTERN = 20;

    private static boolean enumerate(SchoolRequest school, List<ClassType> types, List<List<Integer>> runCounts,
                                     int type, int left, int[] counts, int[] taken, List<CompositePattern> patterns,
                                     int limit, int[] steps) {
        if (--steps[0] < 0) {
            return false;
        }
        if (left == 0) {
            patterns.add(new CompositePattern(Arrays.stream(counts).boxed().toList()));
            return patterns.size() <= limit;
        }
        if (type == types.size()) {
            return true;
        }
        if (!types.get(type).composite()) {
            return enumerate(school, types, runCounts, type + 1, left, counts, taken, patterns, limit, steps);
        }
        ClassType composite = types.get(type);
        int most = Math.min(left, runCounts.get(type).get(runCounts.get(type).size() - 1));
        for (int k = most; k >= 0; k--) {
            if (k > 0 && !fits(school, composite, k, taken)) {
                continue;
            }
            take(school, composite, k, taken, counts, type, 1);
            boolean complete = enumerate(school, types, runCounts, type + 1, left - k, counts, taken, patterns, limit,
                    steps);
            take(school, composite, k, taken, counts, type, -1);
            if (!complete) {
                return false;
            }
        }
        return true;
    }

    /** Whether each grade of the composite still has ls children for each of k more classes. */
    private static boolean fits(SchoolRequest school, ClassType composite, int k, int[] taken) {
        for (String grade : composite.grades()) {
            int g = school.gradeIndex(grade);
            if (taken[g] + k * school.minSubclassSize() > school.grade(grade).children()) {
                return false;
            }
        }
        return true;
    }

    private static void take(SchoolRequest school, ClassType composite, int k, int[] taken, int[] counts, int type,
                             int sign) {
        counts[type] = sign > 0 ? k : 0;
        for (String grade : composite.grades()) {
            taken[school.gradeIndex(grade)] += sign * k * school.minSubclassSize();
        }
    }

    /**
     * By type, the straight counts this pattern leaves possible (empty lists for composite types); {@code null} when
     * some grade has none, or the fewest straight classes already exceed the teachers.
     */
    public List<List<Integer>> straightCounts(SchoolRequest school, List<ClassType> types) {
        int teachersLeft = school.teachers() - composites();
        List<List<Integer>> straight = new ArrayList<>();
        int fewestClasses = 0;
        for (ClassType type : types) {
            if (type.composite()) {
                straight.add(List.of());
                continue;
            }
            String grade = type.grades().get(0);
            int children = school.grade(grade).children();
            long fewestTaken = 0;
            long mostTaken = 0;
            for (int c = 0; c < types.size(); c++) {
                ClassType composite = types.get(c);
                int k = counts.get(c);
                if (k > 0 && composite.has(grade)) {
                    fewestTaken += (long) k * school.minSubclassSize();
                    mostTaken += Math.min(children, (long) k * (composite.limits().max()
                            - (long) school.minSubclassSize() * (composite.grades().size() - 1)));
                }
            }
            if (fewestTaken > children) {
                return null;
            }
            List<Integer> counts = RunCounts.straightCounts(type, (int) Math.max(0, children - mostTaken),
                    (int) (children - fewestTaken), teachersLeft);
            if (counts.isEmpty()) {
                return null;
            }
            fewestClasses += counts.get(0);
            straight.add(counts);
        }
        return fewestClasses <= teachersLeft && coversFit(school, types, straight, fewestClasses, teachersLeft)
                ? straight : null;
    }

    /**
     * For each run of neighbouring grades, the straight classes must hold what this pattern's composites touching
     * them cannot: at least ceil(rest / largest straight cap) of them, with the other grades' fewest, within the
     * teachers (the counterpart of the one model's {@code gradeRunCover} rows).
     */
    private boolean coversFit(SchoolRequest school, List<ClassType> types, List<List<Integer>> straight,
                              int fewestClasses, int teachersLeft) {
        List<Integer> straightTypes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite()) {
                straightTypes.add(t);
            }
        }
        for (int first = 0; first < straightTypes.size(); first++) {
            long children = 0;
            int fewestInside = 0;
            int cap = 0;
            for (int last = first; last < straightTypes.size(); last++) {
                int type = straightTypes.get(last);
                children += school.grade(types.get(type).grades().get(0)).children();
                fewestInside += straight.get(type).get(0);
                cap = Math.max(cap, types.get(type).limits().max());
                List<String> covered = straightTypes.subList(first, last + 1).stream()
                        .map(t -> types.get(t).grades().get(0)).toList();
                long inComposites = 0;
                for (int c = 0; c < types.size(); c++) {
                    if (counts.get(c) > 0 && types.get(c).grades().stream().anyMatch(covered::contains)) {
                        inComposites += (long) counts.get(c) * types.get(c).limits().max();
                    }
                }
                int needed = (int) Math.max(0, (children - inComposites + cap - 1) / cap);
                if (needed > fewestInside && fewestClasses - fewestInside + needed > teachersLeft) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A floor under {@link PatternModel#spreads()} for any plan of this pattern: a grade only in straight classes
     * has a spread of 1 whatever its count when no count divides its children.
     */
    public int fewestSpreads(SchoolRequest school, List<ClassType> types, List<List<Integer>> straightCounts) {
        int weight = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0) + 1;
        int floor = 0;
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            if (type.composite() || takenByComposites(type.grades().get(0), types)) {
                continue;
            }
            int children = school.grade(type.grades().get(0)).children();
            int narrowest = Integer.MAX_VALUE;
            for (int k : straightCounts.get(t)) {
                narrowest = Math.min(narrowest, k == 0 ? 0 : RunCounts.ceilDiv(children, k) - children / k);
            }
            floor += weight * narrowest;
        }
        return floor;
    }

    private boolean takenByComposites(String grade, List<ClassType> types) {
        for (int c = 0; c < types.size(); c++) {
            if (counts.get(c) > 0 && types.get(c).has(grade)) {
                return true;
            }
        }
        return false;
    }

    /** The most classes a plan of this pattern could have: a cheap bound, to skip patterns that cannot win. */
    public int mostClasses(SchoolRequest school, List<List<Integer>> straightCounts) {
        int straight = straightCounts.stream().filter(counts -> !counts.isEmpty())
                .mapToInt(counts -> counts.get(counts.size() - 1)).sum();
        return composites() + Math.min(straight, school.teachers() - composites());
    }
}
