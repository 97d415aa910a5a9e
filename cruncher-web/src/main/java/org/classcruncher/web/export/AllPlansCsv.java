package org.classcruncher.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SolveResult;
import org.classcruncher.web.csv.SpreadsheetCells;

/**
 * Every plan of a solve in one spreadsheet: a header naming the school and what was entered, then one row per
 * class of each plan (the plan's number first), a column per grade, the total. Texts are guarded against formulas
 * as in {@link PlanCsv}.
 */
public final class AllPlansCsv {

    private AllPlansCsv() {
    }

    public static String of(SolveResult solve) {
        List<String> grades = solve.school().grades().stream().map(GradeSpec::grade).toList();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("School", SpreadsheetCells.safe(solve.school().name()));
            if (solve.scenario() != null) {
                csv.printRecord("Scenario", SpreadsheetCells.safe(solve.scenario()));
            }
            csv.printRecord("Teachers", solve.school().teachers());
            csv.printRecord("Smallest group of a grade in a composite", solve.school().minSubclassSize());
            csv.printRecord("Composites allowed", SpreadsheetCells.safe(String.join(" ",
                    solve.school().composites().stream().map(CompositeSpec::name).toList())));
            csv.println();
            List<String> header = new ArrayList<>(List.of("Plan", "Class"));
            grades.forEach(grade -> header.add(SpreadsheetCells.safe(grade)));
            header.add("Total");
            header.add("Adjusted by");
            csv.printRecord(header);
            for (ClassPlan plan : solve.plans()) {
                for (PlannedClass planned : plan.classes()) {
                    List<Object> row = new ArrayList<>();
                    row.add(plan.rank());
                    row.add(SpreadsheetCells.safe(planned.label()));
                    grades.forEach(grade -> row.add(planned.has(grade) ? planned.childrenOf(grade) : ""));
                    row.add(planned.total());
                    row.add(plan.isAdjusted() ? SpreadsheetCells.safe(plan.adjustment().by()) : "");
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
