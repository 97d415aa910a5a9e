package org.classcruncher.api;

/** Where a solve is in its life. */
public enum SolveStatus {
    QUEUED, RUNNING, SOLVED, INFEASIBLE, TIMED_OUT, CANCELLED, FAILED;

    /** Whether the solve has ended and its result will not change. */
    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
