package org.classcruncher.solve.boundary;

import java.util.List;

import org.classcruncher.api.BrokenRule;
import org.classcruncher.problem.CruncherException;

/** A plan adjusted by hand that breaks the school's rules, so it is not saved; lists each rule it breaks. */
public class PlanBreaksRules extends CruncherException {

    private static final long serialVersionUID = 1L;

    private final List<BrokenRule> broken;

    public PlanBreaksRules(List<BrokenRule> broken) {
        super("The adjusted plan breaks " + broken.size() + (broken.size() == 1 ? " rule" : " rules")
                + " of the school: " + String.join(" ", broken.stream().map(BrokenRule::message).toList()));
        this.broken = List.copyOf(broken);
    }

    public List<BrokenRule> broken() {
        return broken;
    }
}
