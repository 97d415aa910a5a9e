package org.classcruncher.planner.seed;

import java.util.List;

import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.milp.MilpModel;

/**
 * The seed's MILP for one school, with the map from its columns back to classes and subclasses.
 *
 * @param milp       the program
 * @param classes    the potential classes, j = 0…n-1
 * @param classUsed  column of the binary y(j) of each potential class
 * @param subclasses the subclasses i = 0…m-1 with their column x(i)
 */
public record SeedModel(MilpModel milp, List<ClassType> classes, int[] classUsed, List<SubclassColumn> subclasses) {

    /** Subclass i: the children of {@code grade} in potential class {@code classIndex}, held in {@code column}. */
    public record SubclassColumn(int classIndex, String grade, int column) {
    }

    public SeedModel {
        classes = List.copyOf(classes);
        classUsed = classUsed.clone();
        subclasses = List.copyOf(subclasses);
    }
}
