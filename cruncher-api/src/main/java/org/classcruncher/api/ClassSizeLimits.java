package org.classcruncher.api;

import java.io.Serializable;

/** The fewest and most children a class may have. */
public record ClassSizeLimits(int min, int max) implements Serializable {

    public ClassSizeLimits {
        if (min < 1 || min > max) {
            throw new IllegalArgumentException("class size limits need 1 <= min <= max, got " + min + ".." + max);
        }
    }

    public boolean allows(int size) {
        return size >= min && size <= max;
    }
}
