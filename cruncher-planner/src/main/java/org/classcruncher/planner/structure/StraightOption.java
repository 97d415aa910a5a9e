package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.planner.ClassType;

/**
 * One way to teach a grade in straight classes only, when a share rule has split its kind of class into size tiers
 * ({@link org.classcruncher.planner.rules.SchoolRules#types}): how many classes each tier runs, and the children of
 * each tier, the lower tiers filled first.
 *
 * <p>Filling the lower tiers first loses no plan worth having: moving a child from a class of a higher tier to one of
 * a lower tier (whose classes are smaller) never makes the largest class larger, the sum of squared sizes larger, the
 * grade's spread wider, the children above their targets more, or the room for children with a support plan smaller (the
 * smaller class gains the room the larger one loses, and that room is worth at least as much to it), and leaves the
 * classes, the tiers' counts and the children of the grade's classes as they were. So for every plan there is one with
 * this split that is as good on every level and keeps every rule, and the best plan among these splits is the best.
 *
 * @param tiers    the model's types of its straight classes, lowest sizes first
 * @param classes  classes per tier
 * @param children children per tier
 */
record StraightOption(List<Integer> tiers, List<Integer> classes, List<Integer> children) {

    StraightOption {
        tiers = List.copyOf(tiers);
        classes = List.copyOf(classes);
        children = List.copyOf(children);
    }

    /**
     * Every option of {@code grade} with at most {@code teachers} classes: each count of classes per tier whose
     * limits can hold its children.
     */
    static List<StraightOption> of(GradeSpec grade, List<ClassType> types, int teachers) {
        List<Integer> tiers = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).grades().equals(List.of(grade.grade()))) {
                tiers.add(t);
            }
        }
        tiers.sort(Comparator.comparingInt(t -> types.get(t).limits().min()));
        List<StraightOption> options = new ArrayList<>();
        collect(grade, types, tiers, teachers, new ArrayList<>(), options);
        return options;
    }

    private static void collect(GradeSpec grade, List<ClassType> types, List<Integer> tiers, int teachers,
                                List<Integer> counts, List<StraightOption> options) {
        if (counts.size() == tiers.size()) {
            List<Integer> children = split(grade.children(), counts, tiers, types);
            if (children != null && counts.stream().mapToInt(Integer::intValue).sum() > 0) {
                options.add(new StraightOption(tiers, counts, children));
            }
            return;
        }
        int left = teachers - counts.stream().mapToInt(Integer::intValue).sum();
        int most = Math.min(left, grade.children() / types.get(tiers.get(counts.size())).limits().min());
        for (int k = 0; k <= most; k++) {
            counts.add(k);
            collect(grade, types, tiers, teachers, counts, options);
            counts.remove(counts.size() - 1);
        }
    }

    /** Each tier at its least, the rest to the lowest tiers first, up to their caps; {@code null} if none fits. */
    private static List<Integer> split(int total, List<Integer> counts, List<Integer> tiers, List<ClassType> types) {
        int[] children = new int[counts.size()];
        int left = total;
        for (int j = 0; j < counts.size(); j++) {
            children[j] = counts.get(j) * types.get(tiers.get(j)).limits().min();
            left -= children[j];
        }
        for (int j = 0; j < counts.size() && left > 0; j++) {
            int more = Math.min(left, counts.get(j) * types.get(tiers.get(j)).limits().max() - children[j]);
            children[j] += more;
            left -= more;
        }
        return left == 0 && children.length > 0 ? Arrays.stream(children).boxed().toList() : null;
    }

    int totalClasses() {
        return classes.stream().mapToInt(Integer::intValue).sum();
    }

    /** The grade's largest class (its tiers share their children evenly). */
    int largest() {
        int largest = 0;
        for (int j = 0; j < tiers.size(); j++) {
            if (classes.get(j) > 0) {
                largest = Math.max(largest, (children.get(j) + classes.get(j) - 1) / classes.get(j));
            }
        }
        return largest;
    }

    int smallest() {
        int smallest = Integer.MAX_VALUE;
        for (int j = 0; j < tiers.size(); j++) {
            if (classes.get(j) > 0) {
                smallest = Math.min(smallest, children.get(j) / classes.get(j));
            }
        }
        return smallest;
    }

    long squares() {
        long squares = 0;
        for (int j = 0; j < tiers.size(); j++) {
            for (int size : sizes(j)) {
                squares += (long) size * size;
            }
        }
        return squares;
    }

    /** Children above their class's target: the tier's children above its classes' targets (even, so exactly). */
    int overTarget(List<ClassType> types) {
        int over = 0;
        for (int j = 0; j < tiers.size(); j++) {
            Integer target = types.get(tiers.get(j)).target();
            if (target != null) {
                over += Math.max(0, children.get(j) - classes.get(j) * target);
            }
        }
        return over;
    }

    /** Classes holding more than {@code size} children (a share rule's size is a tier boundary). */
    int classesAbove(int size, List<ClassType> types) {
        int above = 0;
        for (int j = 0; j < tiers.size(); j++) {
            if (types.get(tiers.get(j)).limits().min() > size) {
                above += classes.get(j);
            }
        }
        return above;
    }

    /** The most children with a support plan its classes hold, {@code held} telling what a class of a size holds. */
    int supportedRoom(IntUnaryOperator held) {
        int room = 0;
        for (int j = 0; j < tiers.size(); j++) {
            for (int size : sizes(j)) {
                room += held.applyAsInt(size);
            }
        }
        return room;
    }

    /** The sizes of tier {@code j}'s classes, sharing its children evenly. */
    private List<Integer> sizes(int j) {
        List<Integer> sizes = new ArrayList<>();
        int k = classes.get(j);
        for (int c = 0; c < k; c++) {
            sizes.add(children.get(j) / k + (c < children.get(j) % k ? 1 : 0));
        }
        return sizes;
    }
}
