package org.classcruncher.solve.control;

import java.util.List;
import java.util.Map;

/**
 * The default formulation's MILP for one school, with the map from its columns back to classes.
 *
 * @param milp     the program, without objective: each solve minimises one of the {@code levels}
 * @param types    the class types t
 * @param runs     the binaries "type t runs exactly k classes", by type
 * @param children the columns X(t,g): children of grade g in the classes of type t, by type then grade
 * @param levels   the lexicographic objective, most important first
 */
public record StructureModel(MilpModel milp, List<ClassType> types, List<List<Run>> runs,
                             List<Map<String, Integer>> children, List<Level> levels) {

    /** The binary c(t,k) = 1 when type {@code type} runs exactly {@code classes} classes. */
    public record Run(int type, int classes, int column) {
    }

    /**
     * One level of the objective: minimise {@code sum(coefficient * column)}.
     *
     * @param integral whether the level's optimum is a whole number (so it can be fixed exactly)
     */
    public record Level(String name, Map<Integer, Double> coefficients, boolean integral) {
    }

    public StructureModel {
        types = List.copyOf(types);
        runs = List.copyOf(runs);
        children = List.copyOf(children);
        levels = List.copyOf(levels);
    }
}
