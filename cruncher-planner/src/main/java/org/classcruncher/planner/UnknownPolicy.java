package org.classcruncher.planner;

/** A request names a policy plugin this server does not have. Names the option and lists what is installed. */
public class UnknownPolicy extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UnknownPolicy(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
