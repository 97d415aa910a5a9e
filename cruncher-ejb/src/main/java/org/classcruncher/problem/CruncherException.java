package org.classcruncher.problem;

import jakarta.ejb.ApplicationException;

/**
 * The one family of business exceptions the boundaries throw. An application exception, so the container hands it
 * to the caller as it is (the REST API maps each kind to a problem response, the portal to a message).
 */
@ApplicationException(rollback = true)
public abstract class CruncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected CruncherException(String message) {
        super(message);
    }
}
