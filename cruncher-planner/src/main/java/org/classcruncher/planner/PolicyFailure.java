package org.classcruncher.planner;

/** A policy plugin failed during a solve: the solve fails with this message, which names the policy. */
public class PolicyFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyFailure(String kind, String id, Throwable cause) {
        super("The " + kind + " policy '" + id + "' failed: " + cause, cause);
    }

    public PolicyFailure(String message) {
        super(message);
    }
}
