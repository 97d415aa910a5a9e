package org.classcruncher.problem;

/**
 * A request with a field this server cannot accept: one that is missing or malformed, or well-formed but not
 * servable here (e.g. it names a plugin that is not installed, or a school the caller does not belong to). Names
 * the offending field.
 */
public class InvalidRequest extends CruncherException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
