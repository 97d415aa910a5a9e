package org.classcruncher.web.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/**
 * The plan form's own check, before the school is built: every problem at once, each next to its field, in a
 * principal's words ("Largest class (18) is smaller than smallest class (26) in grade 3."). What it does not know
 * (composites, policies, quotas) the boundary still checks and names one at a time.
 */
final class FormCheck {

    /** A problem with one field: its client id relative to the form (e.g. "grades:2:maxClassSize"). */
    record Problem(String field, String message) {
    }

    private FormCheck() {
    }

    static List<Problem> of(Integer teachers, Integer minSubclassSize, List<GradeRow> grades) {
        List<Problem> problems = new ArrayList<>();
        if (teachers == null) {
            problems.add(new Problem("teachers", "Enter how many teachers the school has."));
        } else if (teachers < 1 || teachers > SchoolRequest.MAX_TEACHERS) {
            problems.add(new Problem("teachers", "Enter 1 to " + SchoolRequest.MAX_TEACHERS + " teachers."));
        }
        if (minSubclassSize != null && (minSubclassSize < 1 || minSubclassSize > GradeSpec.LARGEST_CLASS_SIZE)) {
            problems.add(new Problem("minSubclassSize", "Enter 1 to " + GradeSpec.LARGEST_CLASS_SIZE + " children."));
        }
        if (grades.isEmpty()) {
            problems.add(new Problem("gradesTable", "Add the grades the school teaches."));
        }
        Map<String, Integer> rows = new HashMap<>();
        for (int row = 0; row < grades.size(); row++) {
            GradeRow grade = grades.get(row);
            String field = "grades:" + row + ":";
            String name = grade.getGrade() == null ? "" : grade.getGrade().strip();
            String which = name.isEmpty() ? "row " + (row + 1) : "grade " + name;
            if (name.isEmpty()) {
                problems.add(new Problem(field + "grade", "Enter the grade's name, e.g. K or 3."));
            } else if (rows.putIfAbsent(name, row) != null) {
                problems.add(new Problem(field + "grade", "Grade " + name + " is listed twice."));
            }
            if (grade.getChildren() == null) {
                problems.add(new Problem(field + "children", "Enter the children in " + which + "."));
            } else if (grade.getChildren() == 0) {
                problems.add(new Problem(field + "children", "No children in " + which + ": is it taught this year? "
                        + "If not, remove its row; if it is, enter its children."));
            } else if (grade.getChildren() < 0 || grade.getChildren() > GradeSpec.LARGEST_GRADE) {
                problems.add(new Problem(field + "children", "Enter 1 to " + GradeSpec.LARGEST_GRADE + " children."));
            }
            Integer min = grade.getMinClassSize();
            Integer max = grade.getMaxClassSize();
            sizeProblem(min, "smallest", which).ifPresent(message -> problems.add(new Problem(field + "minClassSize",
                    message)));
            sizeProblem(max, "largest", which).ifPresent(message -> problems.add(new Problem(field + "maxClassSize",
                    message)));
            if (min != null && max != null && min >= 1 && max >= 1 && min > max) {
                problems.add(new Problem(field + "maxClassSize", "Largest class (" + max + ") is smaller than "
                        + "smallest class (" + min + ") in " + which + "."));
            }
        }
        return problems;
    }

    private static java.util.Optional<String> sizeProblem(Integer size, String which, String grade) {
        if (size == null) {
            return java.util.Optional.of("Enter the " + which + " class of " + grade + ".");
        }
        if (size < 1 || size > GradeSpec.LARGEST_CLASS_SIZE) {
            return java.util.Optional.of("Enter 1 to " + GradeSpec.LARGEST_CLASS_SIZE + " children.");
        }
        return java.util.Optional.empty();
    }
}
