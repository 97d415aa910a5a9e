package org.classcruncher.api;

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
}
