package org.classcruncher.account.boundary;

import org.classcruncher.problem.CruncherException;

/** An account, school or token of that name already exists: HTTP 409. */
public class AlreadyExists extends CruncherException {

    private static final long serialVersionUID = 1L;

    public AlreadyExists(String message) {
        super(message);
    }
}
