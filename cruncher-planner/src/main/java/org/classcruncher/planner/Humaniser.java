package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.BalancingRule;

/**
 * The seed's "humanise" shuffle: for each grade in turn, move that grade's children from the largest of its classes
 * towards the smallest, and repeat over all grades until no move helps. Composites link the grades, so sizes even
 * out across the school.
 *
 * <p>A child moves only when the two classes differ by at least two, which lowers the sum of squared class sizes,
 * so the shuffle always ends. A move never takes a class below its minimum or above its cap, nor a grade's group
 * in a composite below the minimum subclass size; grade totals are untouched by construction.
 */
public class Humaniser implements BalancingRule {

    @Override
    public String id() {
        return "humanise";
    }

    @Override
    public String description() {
        return "Evens out class sizes by moving children of one grade between the classes that grade is in "
                + "(the original Class Cruncher rule).";
    }

    @Override
    public ClassPlan balance(ClassPlan plan, SchoolRequest school) {
        List<PlannedClass> classes = plan.classes();
        int[][] children = plan.children();
        ClassSizeLimits[] limits = new ClassSizeLimits[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            limits[c] = school.limitsOf(classes.get(c).grades());
        }
        boolean moved;
        do {
            moved = false;
            for (String grade : school.grades().stream().map(spec -> spec.grade()).toList()) {
                while (moveOneChild(grade, classes, children, limits, school.minSubclassSize())) {
                    moved = true;
                }
            }
        } while (moved);

        return plan.withChildren(children);
    }

    /** Moves one child of {@code grade} from its largest class that can give to its smallest that can take. */
    private static boolean moveOneChild(String grade, List<PlannedClass> classes, int[][] children,
                                        ClassSizeLimits[] limits, int minSubclassSize) {
        int donor = -1;
        int receiver = -1;
        for (int c = 0; c < classes.size(); c++) {
            int s = classes.get(c).grades().indexOf(grade);
            if (s < 0) {
                continue;
            }
            int size = sum(children[c]);
            int fewestOfGrade = classes.get(c).composite() ? minSubclassSize : 1;
            boolean canGive = size - 1 >= limits[c].min() && children[c][s] - 1 >= fewestOfGrade;
            boolean canTake = size + 1 <= limits[c].max();
            if (canGive && (donor < 0 || size > sum(children[donor]))) {
                donor = c;
            }
            if (canTake && (receiver < 0 || size < sum(children[receiver]))) {
                receiver = c;
            }
        }
        if (donor < 0 || receiver < 0 || sum(children[donor]) - sum(children[receiver]) < 2) {
            return false;
        }
        children[donor][classes.get(donor).grades().indexOf(grade)]--;
        children[receiver][classes.get(receiver).grades().indexOf(grade)]++;
        return true;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
