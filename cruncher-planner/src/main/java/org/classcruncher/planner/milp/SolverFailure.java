package org.classcruncher.planner.milp;

/** The solver broke down (not: found no plan). The solve is marked FAILED with this message. */
public class SolverFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SolverFailure(String message) {
        super(message);
    }

    public SolverFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
