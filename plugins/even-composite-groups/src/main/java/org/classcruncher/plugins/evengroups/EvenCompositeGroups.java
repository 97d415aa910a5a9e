package org.classcruncher.plugins.evengroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.BalancingRule;

/**
 * Evens out the grade groups of composite classes of the same grades (say K/1 A with 20 K and 5 first graders, K/1
 * B with 6 and 19): it swaps a child of one grade for a child of another between two such classes, one for one, so
 * no class changes size, until each grade's groups differ by at most one. Evening out only raises the smallest
 * group, so the minimum subclass size still holds.
 */
public class EvenCompositeGroups implements BalancingRule {

    @Override
    public String id() {
        return "even-composite-groups";
    }

    @Override
    public String description() {
        return "Evens out the grade groups of composite classes of the same grades, without changing class sizes.";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public ClassPlan balance(ClassPlan plan, SchoolRequest school) {
        List<PlannedClass> classes = plan.classes();
        int[][] children = plan.children();
        Map<List<String>, List<Integer>> alike = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).composite()) {
                alike.computeIfAbsent(classes.get(c).grades(), grades -> new ArrayList<>()).add(c);
            }
        }
        alike.values().stream().filter(group -> group.size() > 1).forEach(group -> even(group, children));

        return plan.withChildren(children);
    }

    /** Swaps until no grade's groups differ by two or more; each swap lowers the sum of squared groups. */
    private static void even(List<Integer> group, int[][] children) {
        int grades = children[group.get(0)].length;
        boolean swapped = true;
        while (swapped) {
            swapped = false;
            for (int g = 0; g < grades && !swapped; g++) {
                int most = group.get(0);
                int fewest = group.get(0);
                for (int c : group) {
                    most = children[c][g] > children[most][g] ? c : most;
                    fewest = children[c][g] < children[fewest][g] ? c : fewest;
                }
                if (children[most][g] - children[fewest][g] < 2) {
                    continue;
                }
                // The other grade to swap back: the one the fuller class is shortest of, relative to the other.
                int other = -1;
                for (int h = 0; h < grades; h++) {
                    if (h != g && children[fewest][h] - children[most][h] >= 1
                            && (other < 0 || children[fewest][h] - children[most][h]
                            > children[fewest][other] - children[most][other])) {
                        other = h;
                    }
                }
                if (other >= 0) {
                    children[most][g]--;
                    children[fewest][g]++;
                    children[fewest][other]--;
                    children[most][other]++;
                    swapped = true;
                }
            }
        }
    }
}
