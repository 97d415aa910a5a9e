package org.classcruncher.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.classcruncher.api.PlannedClass;
import org.classcruncher.solve.boundary.ExportedPlan;
import org.classcruncher.web.csv.SpreadsheetCells;

/**
 * A plan as a class list for spreadsheets: one row per class, a column per grade, the total, and the children with a
 * support plan when the school has some. Texts the school
 * typed (grade names, hence class labels) that a spreadsheet would take for a formula are quoted with a leading
 * apostrophe, so opening the file runs nothing.
 */
public final class PlanCsv {

    private PlanCsv() {
    }

    public static String of(ExportedPlan export) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            header.add("Class");
            export.grades().forEach(grade -> header.add(SpreadsheetCells.safe(grade)));
            header.add("Total");
            boolean supported = export.plan().classes().stream().anyMatch(planned -> planned.supported() > 0);
            if (supported) {
                header.add("With a support plan");
            }
            csv.printRecord(header);
            for (PlannedClass planned : export.plan().classes()) {
                List<Object> row = new ArrayList<>();
                row.add(SpreadsheetCells.safe(planned.label()));
                export.grades().forEach(grade -> row.add(planned.has(grade) ? planned.childrenOf(grade) : ""));
                row.add(planned.total());
                if (supported) {
                    row.add(planned.supported());
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
