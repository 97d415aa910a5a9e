package org.classcruncher.account.boundary;

import org.classcruncher.problem.CruncherException;

/** No such account, school or token, or not one the caller may see: HTTP 404. */
public class AccountNotFound extends CruncherException {

    private static final long serialVersionUID = 1L;

    public AccountNotFound(String message) {
        super(message);
    }
}
