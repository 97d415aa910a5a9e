package org.classcruncher.solve.boundary;

import org.classcruncher.problem.CruncherException;


/** No solve has this id. */
public class SolveNotFound extends CruncherException {

    private static final long serialVersionUID = 1L;

    public SolveNotFound(String id) {
        super("No solve has the id " + id);
    }
}
