package org.classcruncher.planner.fix;

/**
 * A rule of the school a fix may bend.
 *
 * @param kind    which rule
 * @param subject the grade (for a class's size), the composite written "2/3", or {@code null} for the smallest group
 */
public record Rule(Kind kind, String subject) {

    /** The rules a fix may bend. */
    public enum Kind {
        /** A grade's largest class, raised. */
        LARGEST_CLASS,
        /** A grade's smallest class, lowered. */
        SMALLEST_CLASS,
        /** The smallest group of one grade in a composite, lowered. */
        SMALLEST_GROUP,
        /** A composite of two neighbouring grades, allowed. */
        COMPOSITE
    }

    public static Rule largestClass(String grade) {
        return new Rule(Kind.LARGEST_CLASS, grade);
    }

    public static Rule smallestClass(String grade) {
        return new Rule(Kind.SMALLEST_CLASS, grade);
    }

    public static Rule smallestGroup() {
        return new Rule(Kind.SMALLEST_GROUP, null);
    }

    public static Rule composite(String name) {
        return new Rule(Kind.COMPOSITE, name);
    }
}
