package org.classcruncher.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.web.csv.SpreadsheetCells;

/**
 * A plan's classes as empty class shells for a student information system's class import, in the columns of
 * OneRoster 1.1's {@code classes.csv}: one homeroom class per planned class, its grades as CEDS grade codes
 * ("K" is {@code KG}, "3" is {@code 03}; other names as the school typed them). The roster itself (which child goes
 * where) stays in the student information system: a plan holds counts, not children.
 */
public final class ClassShellsCsv {

    /** The columns of OneRoster 1.1 {@code classes.csv}, in order. */
    static final List<String> COLUMNS = List.of("sourcedId", "status", "dateLastModified", "title", "grades",
            "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
            "subjectCodes", "periods");

    private ClassShellsCsv() {
    }

    /**
     * @param schoolId the school's id in the student information system ({@code schoolSourcedId})
     * @param term     the term the classes are for ({@code termSourcedIds}), e.g. "2027-2028"
     */
    public static String of(ClassPlan plan, String schoolId, String term) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (PlannedClass planned : plan.classes()) {
                String id = slug(schoolId + "-" + term + "-" + planned.label());
                csv.printRecord(id, "", "", SpreadsheetCells.safe(planned.label()),
                        String.join(",", planned.grades().stream().map(ClassShellsCsv::gradeCode).toList()),
                        slug(schoolId + "-" + term + "-homeroom-" + String.join("-", planned.grades())),
                        SpreadsheetCells.safe(planned.label()), "homeroom", "", SpreadsheetCells.safe(schoolId),
                        SpreadsheetCells.safe(term),
                        "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The CEDS code OneRoster uses for a grade: KG, 01 … 12, PK; another name stays as it is. */
    static String gradeCode(String grade) {
        String name = grade.strip();
        if (name.equalsIgnoreCase("K") || name.equalsIgnoreCase("KG") || name.equalsIgnoreCase("Kindergarten")) {
            return "KG";
        }
        if (name.equalsIgnoreCase("PK") || name.equalsIgnoreCase("Pre-K")) {
            return "PK";
        }
        if (name.matches("\\d{1,2}") && Integer.parseInt(name) >= 1 && Integer.parseInt(name) <= 13) {
            return String.format(Locale.ROOT, "%02d", Integer.parseInt(name));
        }
        return SpreadsheetCells.safe(name);
    }

    /** An identifier of letters, digits and dashes, lower case: "k-1-a" for "K/1 A". */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "class" : slug;
    }
}
