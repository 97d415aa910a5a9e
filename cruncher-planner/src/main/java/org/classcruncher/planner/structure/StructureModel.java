package org.classcruncher.planner.structure;

import java.util.List;
import java.util.Map;

import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.milp.MilpModel;

/**
 * The default formulation's MILP for one school, with the map from its columns back to classes (the formulation:
 * {@code docs/model.md}).
 *
 * @param milp     the program, without objective: each solve minimises one of the {@code levels}
 * @param types    the class types t
 * @param runs     the binaries "type t runs exactly k classes", by type
 * @param children the columns X(t,g): children of grade g in the classes of type t, by type then grade
 * @param bands    the size bands of the grades, then of all classes (empty in a model without bands)
 * @param levels   the lexicographic objective, most important first, in its {@link org.classcruncher.planner.Objective}'s
 *                 order (without the levels that need the bands in a model without them)
 */
public record StructureModel(MilpModel milp, List<ClassType> types, List<List<Run>> runs,
                             List<Map<String, Integer>> children, List<Band> bands, List<Level> levels) {

    /**
     * The columns of a size band: every class of the types {@code holding} (all types for the band of all
     * classes) has between lo and hi children.
     */
    public record Band(String of, List<Integer> holding, int lo, int hi) {
    }

    /** The binary c(t,k) = 1 when type {@code type} runs exactly {@code classes} classes. */
    public record Run(int type, int classes, int column) {
    }

    /**
     * One level of the objective: minimise {@code sum(coefficient * column)}.
     *
     * @param name     its {@link ObjectiveLevel#id()}
     * @param integral whether the level's optimum is a whole number (so it can be fixed exactly)
     */
    public record Level(String name, Map<Integer, Double> coefficients, boolean integral) {
    }

    public StructureModel {
        types = List.copyOf(types);
        runs = List.copyOf(runs);
        children = List.copyOf(children);
        bands = List.copyOf(bands);
        levels = List.copyOf(levels);
    }

    /** The column run(t,k): type {@code type} runs exactly {@code classes} classes; {@code null} if pruned. */
    public Integer run(int type, int classes) {
        return runs.get(type).stream().filter(run -> run.classes() == classes).map(Run::column).findFirst()
                .orElse(null);
    }

    /** The column children(t,g): children of {@code grade} in the classes of type {@code type}. */
    public int children(int type, String grade) {
        return children.get(type).get(grade);
    }

    /** The row of {@code level}; the model must have it. */
    public Level level(ObjectiveLevel level) {
        return levels.stream().filter(candidate -> candidate.name().equals(level.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no level " + level.id()));
    }
}
