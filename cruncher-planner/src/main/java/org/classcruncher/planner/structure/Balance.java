package org.classcruncher.planner.structure;

/**
 * The balance levels of a plan at a given number of classes, as the pattern search compares them: the largest
 * class first, then {@link PatternModel#evenGrades()} (the sum of squared class sizes, then the sum of grade
 * spreads, in one number).
 */
record Balance(int largest, long evenGrades) implements Comparable<Balance> {

    /** Worse than every plan's balance. */
    static final Balance WORST = new Balance(Integer.MAX_VALUE, Long.MAX_VALUE);

    @Override
    public int compareTo(Balance other) {
        int byLargest = Integer.compare(largest, other.largest);
        return byLargest != 0 ? byLargest : Long.compare(evenGrades, other.evenGrades);
    }

    boolean betterThan(Balance other) {
        return compareTo(other) < 0;
    }

    /** The larger of two floors, level by level; a floor under both. */
    Balance max(Balance other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
