package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;

/**
 * The numbers of classes each type could run in some plan, found by propagating the school's rules before any
 * model is built: a count no plan can use never becomes a column.
 *
 * <p>A composite runs 0 to m(t) classes ({@link ClassType#mostClasses}). A straight class of grade g holds what the
 * composites leave: between N(g) minus the most the composites including g could take, and N(g); it runs k classes
 * only if [k·l, k·u] meets that range (k = 0 only if the composites could take the whole grade).
 */
public final class RunCounts {

    private RunCounts() {
    }

    /** Every count from 0 to m(t), as the reference formulation has them: nothing pruned. */
    public static List<List<Integer>> unpruned(SchoolRequest school, List<ClassType> types) {
        List<List<Integer>> counts = new ArrayList<>();
        for (ClassType type : types) {
            List<Integer> ofType = new ArrayList<>();
            for (int k = 0; k <= type.mostClasses(school); k++) {
                ofType.add(k);
            }
            counts.add(ofType);
        }
        return counts;
    }

    /** By type (in {@link ClassType#of} order), the counts in increasing order. */
    public static List<List<Integer>> of(SchoolRequest school, List<ClassType> types) {
        List<List<Integer>> counts = new ArrayList<>();
        for (ClassType type : types) {
            if (type.composite()) {
                List<Integer> ofType = new ArrayList<>();
                for (int k = 0; k <= type.mostClasses(school); k++) {
                    ofType.add(k);
                }
                counts.add(ofType);
            } else {
                String grade = type.grades().get(0);
                int children = school.grade(grade).children();
                int inComposites = 0;
                for (ClassType composite : types) {
                    if (composite.composite() && composite.has(grade)) {
                        inComposites += mostOfGrade(school, composite, children);
                    }
                }
                // A grade split into size tiers by a share rule may leave any one tier empty.
                boolean tiered = types.stream().filter(other -> other.grades().equals(type.grades())).count() > 1;
                int fewest = tiered ? 0 : Math.max(0, children - inComposites);
                counts.add(straightCounts(type, fewest, children, school.teachers()));
            }
        }
        return counts;
    }

    /**
     * The counts k of straight classes of {@code type} that can hold between {@code fewest} and {@code most}
     * children, with at most {@code teachers} classes.
     */
    static List<Integer> straightCounts(ClassType type, int fewest, int most, int teachers) {
        List<Integer> counts = new ArrayList<>();
        if (fewest == 0) {
            counts.add(0);
        }
        int min = type.limits().min();
        int max = type.limits().max();
        for (int k = Math.max(1, ceilDiv(fewest, max)); k <= teachers && (long) k * min <= most; k++) {
            counts.add(k);
        }
        return counts;
    }

    /** The most children of {@code grade} the composite could take: all its classes full, the other groups smallest. */
    private static int mostOfGrade(SchoolRequest school, ClassType composite, int children) {
        int classes = composite.mostClasses(school);
        long most = (long) classes * (composite.limits().max()
                - (long) school.minSubclassSize() * (composite.grades().size() - 1));
        return (int) Math.max(0, Math.min(children, most));
    }

    /** The most composite classes any plan could have: every composite type at its highest count. */
    static int mostComposites(List<ClassType> types, List<List<Integer>> counts) {
        int most = 0;
        for (int t = 0; t < types.size(); t++) {
            if (types.get(t).composite()) {
                most += counts.get(t).get(counts.get(t).size() - 1);
            }
        }
        return most;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
