package org.classcruncher.api;

/** The children of one grade in one class. */
public record Subclass(String grade, int children) {

    public Subclass {
        if (grade == null || children < 0) {
            throw new IllegalArgumentException("a subclass needs a grade and a non-negative count");
        }
    }
}
