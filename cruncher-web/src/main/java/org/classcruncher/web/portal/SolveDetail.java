package org.classcruncher.web.portal;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SolveResult;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.classcruncher.solve.boundary.Solves;
import org.classcruncher.web.security.CurrentCaller;

/** The page of one solve: its progress while it runs, then its plans. */
@Named
@ViewScoped
public class SolveDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Solves solves;

    @Inject
    CurrentCaller caller;

    private String id;
    private SolveResult result;
    private boolean missing;

    /** Reads the solve; called on every visit and by the page's poll until the solve has finished. */
    public void refresh() {
        try {
            result = id == null ? null : solves.find(caller.get(), id);
            missing = result == null;
        } catch (SolveNotFound e) {
            missing = true;
        }
    }

    /** Asks the solve to stop; the page's poll shows the outcome. */
    public void cancel() {
        if (id != null && !isFinished()) {
            solves.cancel(caller.get(), id);
        }
        refresh();
    }

    public boolean isFinished() {
        return missing || (result != null && result.status().finished());
    }

    /** The school's grades, youngest first: the plan tables' columns. */
    public List<String> getGrades() {
        return result == null ? List.of() : result.school().grades().stream().map(GradeSpec::grade).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SolveResult getResult() {
        return result;
    }

    public boolean isMissing() {
        return missing;
    }
}
