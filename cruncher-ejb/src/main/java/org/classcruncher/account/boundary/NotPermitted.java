package org.classcruncher.account.boundary;

import org.classcruncher.problem.CruncherException;

/** The caller's role does not allow this (e.g. a school account managing accounts): HTTP 403. */
public class NotPermitted extends CruncherException {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String message) {
        super(message);
    }
}
