package org.classcruncher.api;

/**
 * A school request that breaks one of its own rules. Names the offending field (as a JSON path such as
 * {@code composites[1].grades}) so that the REST API and the portal can point at it.
 */
public class InvalidSchoolException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSchoolException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
