package org.classcruncher.solve.boundary;

import org.classcruncher.problem.CruncherException;


/** Too many solves are waiting: the caller should try again later rather than pile more on. */
public class QueueFull extends CruncherException {

    private static final long serialVersionUID = 1L;

    public QueueFull(long waiting) {
        super(waiting + " solves are queued or running, the most this server takes; try again in a minute.");
    }
}
