package org.classcruncher.api;

import java.io.Serializable;

/** The children of one grade in one class. */
public record Subclass(String grade, int children) implements Serializable {

    public Subclass {
        if (grade == null || children < 0) {
            throw new IllegalArgumentException("a subclass needs a grade and a non-negative count");
        }
    }
}
