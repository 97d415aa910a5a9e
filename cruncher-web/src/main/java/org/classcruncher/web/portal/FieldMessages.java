package org.classcruncher.web.portal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts a rejected field's message next to the form input it came from. Fields are named as in the JSON format
 * ({@code teachers}, {@code grades[K].maxClassSize}, {@code composites[K/1].grades}); rows of the grades table are
 * found by their grade.
 */
final class FieldMessages {

    private static final Pattern GRADE_FIELD = Pattern.compile("grades\\[(.+)]\\.(\\w+)");

    private FieldMessages() {
    }

    static void show(String formId, String field, String message, List<GradeRow> rows) {
        FacesContext.getCurrentInstance().addMessage(clientId(formId, field, rows),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** A message next to the component with this client id. */
    static void showAt(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    static String clientId(String formId, String field, List<GradeRow> rows) {
        if (field == null) {
            return null;
        }
        Matcher gradeField = GRADE_FIELD.matcher(field);
        if (gradeField.matches()) {
            for (int row = 0; row < rows.size(); row++) {
                if (gradeField.group(1).equals(rows.get(row).getGrade() == null ? null : rows.get(row).getGrade().strip())) {
                    return formId + ":grades:" + row + ":" + gradeField.group(2);
                }
            }
            return formId + ":gradesTable";
        }
        if (field.startsWith("composites")) {
            return formId + ":composites";
        }
        if (field.startsWith("grades")) {
            return formId + ":gradesTable";
        }
        if (field.startsWith("options.rules")) {
            return formId + ":rules";
        }
        return switch (field) {
            case "name", "scenario", "teachers", "minSubclassSize", "csvFile", "pasted" -> formId + ":" + field;
            case "options.timeLimitSeconds" -> formId + ":timeLimitSeconds";
            case "options.alternatives" -> formId + ":alternatives";
            case "options.formulation" -> formId + ":formulation";
            case "options.sizePolicy" -> formId + ":sizePolicy";
            case "options.weighting" -> formId + ":weighting";
            default -> null;
        };
    }
}
