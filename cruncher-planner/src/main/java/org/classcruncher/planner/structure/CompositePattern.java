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

    /** No composite class at all. */
    public static CompositePattern straightOnly(List<ClassType> types) {
        return new CompositePattern(types.stream().map(type -> 0).toList());
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
     * some grade has none, when the fewest straight classes already exceed the teachers, or when some run of
     * neighbouring grades needs more straight classes than the teachers leave ({@link #coversFit}).
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
        return fewestClasses <= teachersLeft && coversFit(school, types, straight, teachersLeft)
                ? straight : null;
    }

    /**
     * For each run of neighbouring grades, the straight classes must hold what this pattern's composites touching
     * them cannot: at least ceil(rest / largest straight cap) of them (the counterpart of the one model's
     * {@code gradeRunCover} rows, sharper: a composite leaves a run room for its cap less the smallest groups of its
     * grades outside). Runs apart need their straight classes apart, so every split of the grades into runs must fit
     * the teachers.
     */
    private boolean coversFit(SchoolRequest school, List<ClassType> types, List<List<Integer>> straight,
                              int teachersLeft) {
        List<Integer> straightTypes = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite()) {
                straightTypes.add(t);
            }
        }
        int grades = straightTypes.size();
        int[] children = new int[grades];
        int[] caps = new int[grades];
        int[] fewest = new int[grades];
        for (int p = 0; p < grades; p++) {
            ClassType type = types.get(straightTypes.get(p));
            children[p] = school.grade(type.grades().get(0)).children();
            caps[p] = type.limits().max();
            fewest[p] = straight.get(straightTypes.get(p)).get(0);
        }
        // The active composites by the straight positions of their grades, with their number of classes and cap.
        List<int[]> positions = new ArrayList<>();
        List<int[]> active = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            if (counts.get(c) > 0) {
                int[] held = new int[types.get(c).grades().size()];
                int i = 0;
                for (int p = 0; p < grades; p++) {
                    if (types.get(c).has(types.get(straightTypes.get(p)).grades().get(0))) {
                        held[i++] = p;
                    }
                }
                positions.add(held);
                active.add(new int[] {counts.get(c), types.get(c).limits().max()});
            }
        }
        int ls = school.minSubclassSize();
        // Runs that do not overlap need their straight classes apart: the most any split of the grades into runs
        // needs, run by run, must fit the teachers (mostNeeded[i]: over the grades before position i).
        int[] mostNeeded = new int[grades + 1];
        for (int end = 1; end <= grades; end++) {
            mostNeeded[end] = Integer.MIN_VALUE;
            for (int first = 0; first < end; first++) {
                mostNeeded[end] = Math.max(mostNeeded[end],
                        mostNeeded[first] + straightNeeded(first, end - 1, children, caps, fewest, positions, active, ls));
            }
        }
        return mostNeeded[grades] <= teachersLeft;
    }

    /**
     * The fewest straight classes the grades at positions {@code first..last} can have: at least their fewest counts,
     * and enough to hold what the composites touching them cannot, a composite class holding at most its cap less the
     * smallest groups of its grades outside the run.
     */
    private static int straightNeeded(int first, int last, int[] children, int[] caps, int[] fewest,
                                      List<int[]> positions, List<int[]> active, int ls) {
        long inGrades = 0;
        int fewestInside = 0;
        int cap = 0;
        for (int p = first; p <= last; p++) {
            inGrades += children[p];
            fewestInside += fewest[p];
            cap = Math.max(cap, caps[p]);
        }
        long inComposites = 0;
        for (int c = 0; c < active.size(); c++) {
            int inside = 0;
            for (int p : positions.get(c)) {
                inside += p >= first && p <= last ? 1 : 0;
            }
            if (inside > 0) {
                int outside = positions.get(c).length - inside;
                inComposites += (long) active.get(c)[0] * Math.max(0, active.get(c)[1] - (long) ls * outside);
            }
        }
        return (int) Math.max(fewestInside, (inGrades - inComposites + cap - 1) / cap);
    }

    /**
     * A floor under the balance of any plan of this pattern with at most {@code classes} classes, from interval
     * reasoning alone. Every type that certainly runs classes (an active composite; a grade's straight classes when
     * it cannot run none) has a range for its children S, so its largest class holds at least ceil(S_min/k), its
     * smallest at most floor(S_max/k), and its squares at least those of S_min shared evenly. The largest class is at
     * least the largest of the former and the school's children shared by {@code classes}; the squares at least
     * their sum and the squares of the school's children shared evenly by {@code classes}; a grade's spread at least
     * the difference over the types holding it, and 1 where one type's every choice leaves its classes uneven. Where
     * every grade's children are fixed, as in most small rural schools, the floor is the pattern's exact value.
     */
    public Balance floor(SchoolRequest school, List<ClassType> types, List<List<Integer>> straightCounts,
                         int classes) {
        int ls = school.minSubclassSize();
        int[] largestAtLeast = new int[types.size()];
        int[] smallestAtMost = new int[types.size()];
        int[] uneven = new int[types.size()];
        long[] squaresAtLeast = new long[types.size()];
        boolean[] runs = new boolean[types.size()];
        for (int t = 0; t < types.size(); t++) {
            ClassType type = types.get(t);
            if (type.composite()) {
                int k = counts.get(t);
                if (k == 0) {
                    continue;
                }
                long fewest = 0;
                long most = 0;
                for (String grade : type.grades()) {
                    int children = school.grade(grade).children();
                    boolean alone = straightCounts.get(straightType(types, grade)).equals(List.of(0))
                            && activeWith(types, grade) == 1;
                    fewest += alone ? children : (long) k * ls;
                    most += alone ? children : Math.min(children, (long) k * (type.limits().max()
                            - (long) ls * (type.grades().size() - 1)));
                }
                long low = Math.max(fewest, (long) k * type.limits().min());
                long high = Math.min(most, (long) k * type.limits().max());
                largestAtLeast[t] = (int) ((low + k - 1) / k);
                smallestAtMost[t] = (int) (high / k);
                uneven[t] = low == high && low % k != 0 ? 1 : 0;
                squaresAtLeast[t] = PatternModel.squares((int) low, k);
                runs[t] = true;
            } else {
                List<Integer> ks = straightCounts.get(t);
                if (ks.contains(0)) {
                    continue;
                }
                String grade = type.grades().get(0);
                int children = school.grade(grade).children();
                long taken = 0;
                long mostTaken = 0;
                for (int c = 0; c < types.size(); c++) {
                    if (counts.get(c) > 0 && types.get(c).has(grade)) {
                        taken += (long) counts.get(c) * ls;
                        mostTaken += (long) counts.get(c) * types.get(c).limits().max();
                    }
                }
                int best = Integer.MAX_VALUE;
                int worst = Integer.MIN_VALUE;
                int evenest = Integer.MAX_VALUE;
                long fewestSquares = Long.MAX_VALUE;
                for (int k : ks) {
                    long low = Math.max(Math.max(0, children - mostTaken), (long) k * type.limits().min());
                    long high = Math.min(children - taken, (long) k * type.limits().max());
                    best = Math.min(best, (int) RunCounts.ceilDiv((int) low, k));
                    worst = Math.max(worst, (int) (high / k));
                    evenest = Math.min(evenest, low == high && low % k != 0 ? 1 : 0);
                    fewestSquares = Math.min(fewestSquares, PatternModel.squares((int) low, k));
                }
                largestAtLeast[t] = best;
                smallestAtMost[t] = worst;
                uneven[t] = evenest;
                squaresAtLeast[t] = fewestSquares;
                runs[t] = true;
            }
        }
        int gradeSpreads = 0;
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite()) {
                continue;
            }
            String grade = types.get(t).grades().get(0);
            int widest = 0;
            int highestLargest = Integer.MIN_VALUE;
            int lowestSmallest = Integer.MAX_VALUE;
            for (int h = 0; h < types.size(); h++) {
                if (runs[h] && types.get(h).has(grade)) {
                    widest = Math.max(widest, uneven[h]);
                    highestLargest = Math.max(highestLargest, largestAtLeast[h]);
                    lowestSmallest = Math.min(lowestSmallest, smallestAtMost[h]);
                }
            }
            if (highestLargest != Integer.MIN_VALUE) {
                gradeSpreads += Math.max(widest, highestLargest - lowestSmallest);
            }
        }
        int children = school.totalChildren();
        int largest = classes > 0 ? (int) RunCounts.ceilDiv(children, classes) : 0;
        long squares = 0;
        for (int t = 0; t < types.size(); t++) {
            if (runs[t]) {
                largest = Math.max(largest, largestAtLeast[t]);
                squares += squaresAtLeast[t];
            }
        }
        if (classes > 0) {
            squares = Math.max(squares, PatternModel.squares(children, classes));
        }
        return new Balance(largest, squares * PatternModel.evenWeight(school, types) + gradeSpreads);
    }

    /** The straight type of {@code grade}. */
    private static int straightType(List<ClassType> types, String grade) {
        for (int t = 0; t < types.size(); t++) {
            if (!types.get(t).composite() && types.get(t).has(grade)) {
                return t;
            }
        }
        // Unreachable: every grade with children has its straight type, and composites hold only such grades.
        throw new IllegalStateException("grade " + grade + " has no straight type");
    }

    /** How many of this pattern's active composite types hold {@code grade}. */
    private int activeWith(List<ClassType> types, String grade) {
        int active = 0;
        for (int c = 0; c < types.size(); c++) {
            if (counts.get(c) > 0 && types.get(c).has(grade)) {
                active++;
            }
        }
        return active;
    }

    /** The most classes a plan of this pattern could have: a cheap bound, to skip patterns that cannot win. */
    public int mostClasses(SchoolRequest school, List<List<Integer>> straightCounts) {
        int straight = straightCounts.stream().filter(counts -> !counts.isEmpty())
                .mapToInt(counts -> counts.get(counts.size() - 1)).sum();
        return composites() + Math.min(straight, school.teachers() - composites());
    }
}
