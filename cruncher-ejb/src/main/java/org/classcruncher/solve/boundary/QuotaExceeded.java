package org.classcruncher.solve.boundary;

import org.classcruncher.problem.CruncherException;


/**
 * The caller's account, or the school the solve is for, already has as many solves queued or running as it may:
 * the caller should wait for some to finish rather than crowd out other schools. Names the quota.
 */
public class QuotaExceeded extends CruncherException {

    private static final long serialVersionUID = 1L;

    private final String limit;

    /**
     * @param limit   the quota's name, as configured after {@code cruncher.limits.} (e.g. {@code unfinishedPerAccount})
     * @param message what the quota is and how full it is
     */
    public QuotaExceeded(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }
}
