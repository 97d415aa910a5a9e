package org.classcruncher.planner.structure;

import java.util.List;
import java.util.Map;

/**
 * A plan as the default formulation decides it, before its classes are dealt: how many classes each type runs, and
 * how many children of each grade the classes of each type hold together.
 *
 * @param classes  by type (in {@link org.classcruncher.planner.ClassType#of} order), its number of classes: what
 *                 makes two plans structurally different
 * @param children by type, children per grade
 */
public record Structure(List<Integer> classes, List<Map<String, Integer>> children) {

    public Structure {
        classes = List.copyOf(classes);
        children = children.stream().map(Map::copyOf).toList();
    }
}
