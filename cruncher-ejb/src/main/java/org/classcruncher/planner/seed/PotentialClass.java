package org.classcruncher.planner.seed;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;

/**
 * A class the school could open: its grades (one for a straight class, 2 or 3 for a composite) and its size limits.
 * The model decides whether it is used and how many children of each grade it gets.
 */
public record PotentialClass(List<String> grades, ClassSizeLimits limits) {

    public PotentialClass {
        grades = List.copyOf(grades);
    }
}
