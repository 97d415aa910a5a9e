package org.classcruncher.account.boundary;

import java.time.Instant;

import org.classcruncher.problem.InvalidRequest;

/**
 * Too many wrong passwords from this client: the check is refused until {@link #retryAfter()}. Names the password
 * field, so a form shows it there.
 */
public class TooManyFailures extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    private final Instant retryAfter;

    public TooManyFailures(String field, Instant retryAfter) {
        super(field, "too many wrong passwords from this client; try again after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
