package org.classcruncher.solve.boundary;

/**
 * A request that is well-formed on its own but cannot be served by this server, e.g. it names a plugin that is not
 * installed. Names the offending field.
 */
public class InvalidSolveRequest extends CruncherException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSolveRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
