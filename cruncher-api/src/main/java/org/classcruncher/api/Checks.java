package org.classcruncher.api;

import java.util.List;

/** The few checks the records share; each failure names its field. */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidSchoolException(field, field.substring(field.lastIndexOf('.') + 1) + " is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidSchoolException(field, field + " is required and must not be blank");
        }
        return value.strip();
    }

    static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new InvalidSchoolException(field, field + " must be at least " + minimum + " but is " + value);
        }
        return value;
    }

    static int atMost(int value, int maximum, String field) {
        if (value > maximum) {
            throw new InvalidSchoolException(field, field + " must be at most " + maximum + " but is " + value);
        }
        return value;
    }

    /** The text stripped, refused when longer than {@code maximum} characters. */
    static String atMostCharacters(String value, int maximum, String field) {
        if (value != null && value.length() > maximum) {
            throw new InvalidSchoolException(field, field + " must have at most " + maximum + " characters but has "
                    + value.length());
        }
        return value;
    }

    /**
     * An unmodifiable copy of a list that must hold at most {@code maximum} entries, none of them null; a null
     * entry is named by its index, e.g. {@code grades[2]}.
     */
    static <T> List<T> entries(List<T> values, int maximum, String field) {
        if (values.size() > maximum) {
            throw new InvalidSchoolException(field, field + " may have at most " + maximum + " entries but has "
                    + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidSchoolException(field + "[" + i + "]", field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }
}
