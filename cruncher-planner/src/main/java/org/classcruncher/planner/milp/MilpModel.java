package org.classcruncher.planner.milp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mixed-integer linear program written down independently of any solver: named columns (variables) with bounds
 * and kinds, named rows (constraints) with bounds and coefficients, and a linear objective to minimise. Kept apart
 * from GLPK so that the formulation can be read and tested as plain data.
 */
public final class MilpModel {

    /** What values a column may take. */
    public enum Kind { CONTINUOUS, INTEGER, BINARY }

    /** A variable; {@code upper} is {@code null} when unbounded above. */
    public record Column(String name, Kind kind, double lower, Double upper) {
    }

    /**
     * A constraint {@code lower <= sum(coefficient * column) <= upper}; a {@code null} bound is absent. Coefficients
     * are keyed by column index, in insertion order.
     */
    public record Row(String name, Double lower, Double upper, Map<Integer, Double> coefficients) {

        public Row {
            coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
        }

        public double coefficient(int column) {
            return coefficients.getOrDefault(column, 0.0);
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private Map<Integer, Double> objective = Map.of();
    private boolean roundingCuts;
    private boolean closesNearRoot;
    private boolean largeWholeObjective;
    private double[] start;

    /** Adds a column and returns its index. */
    public int addColumn(String name, Kind kind, double lower, Double upper) {
        start = null; // a start covers every column
        columns.add(new Column(name, kind, lower, upper));
        return columns.size() - 1;
    }

    /** Sets the objective: minimise {@code sum(coefficient * column)}. */
    public void minimise(Map<Integer, Double> coefficients) {
        objective = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    }

    /** Sets the objective: maximise {@code sum(coefficient * column)}, i.e. minimise its negation. */
    public void maximise(Map<Integer, Double> coefficients) {
        Map<Integer, Double> negated = new LinkedHashMap<>();
        coefficients.forEach((column, coefficient) -> negated.put(column, -coefficient));
        minimise(negated);
    }

    /** The objective's coefficients, keyed by column index; minimised. */
    public Map<Integer, Double> objective() {
        return objective;
    }

    /**
     * Asks the solver for mixed-integer rounding cuts, which pay off on rows that hold only when a binary is 1
     * (such as size bands) and cost time elsewhere.
     */
    public void useRoundingCuts() {
        roundingCuts = true;
    }

    public boolean roundingCuts() {
        return roundingCuts;
    }

    /**
     * Says the model is one whose optimum is usually proven near the root (no switched rows to speak of): small
     * ones are then branched on by Driebeek-Tomlin's rule, which proves them about twice as fast, where on
     * other models it has long tails.
     */
    public void closesNearRoot() {
        closesNearRoot = true;
    }

    public boolean nearRoot() {
        return closesNearRoot;
    }

    /**
     * Says the objective takes whole values that may run to tens of millions (several levels weighted into one
     * number): a branch may then be dropped only when it cannot beat the best plan by one. GLPK's default drops a
     * branch within 10^-7 of the best value relative to its size, which at 2.5·10^7 is more than 2.
     */
    public void hasLargeWholeObjective() {
        largeWholeObjective = true;
    }

    public boolean largeWholeObjective() {
        return largeWholeObjective;
    }

    /**
     * A solution to start the search from, by column index: every row kept, integer columns whole (such as the
     * solution of a lexicographic level before, with the columns added since filled in). The search then only has to
     * improve on it and prove it; a start that breaks a row would be taken as it is, so it must not.
     */
    public void startFrom(double[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        start = values.clone();
    }

    /** The solution to start from, or {@code null}. */
    public double[] start() {
        return start == null ? null : start.clone();
    }

    /** An independent copy, to add rows to without touching this model. */
    public MilpModel copy() {
        MilpModel copy = new MilpModel();
        copy.columns.addAll(columns);
        copy.rows.addAll(rows);
        copy.objective = objective;
        copy.roundingCuts = roundingCuts;
        copy.closesNearRoot = closesNearRoot;
        copy.largeWholeObjective = largeWholeObjective;
        copy.start = start;
        return copy;
    }

    /** Adds {@code sum(coefficients) == value}. */
    public void addEquality(String name, Map<Integer, Double> coefficients, double value) {
        rows.add(new Row(name, value, value, coefficients));
    }

    /** Adds {@code sum(coefficients) >= lower}. */
    public void addAtLeast(String name, Map<Integer, Double> coefficients, double lower) {
        rows.add(new Row(name, lower, null, coefficients));
    }

    /** Adds {@code sum(coefficients) <= upper}. */
    public void addAtMost(String name, Map<Integer, Double> coefficients, double upper) {
        rows.add(new Row(name, null, upper, coefficients));
    }

    public List<Column> columns() {
        return Collections.unmodifiableList(columns);
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The rows whose name starts with {@code family} followed by '[' (e.g. "gradeTotal" for "gradeTotal[K]"). */
    public List<Row> rows(String family) {
        return rows.stream().filter(row -> row.name().startsWith(family + "[") || row.name().equals(family)).toList();
    }
}
