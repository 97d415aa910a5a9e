package org.classcruncher.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.classcruncher.api.Adjustment;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.Timings;
import org.junit.jupiter.api.Test;

/** The files a solve's plans are exported as, read back as their readers would read them. */
class ExportsTest {

    private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);

    /** A school of these grades, three classes of 20–21 per grade and one K/1 composite: K-12 has 40 classes. */
    private static SolveResult solve(List<String> grades) {
        List<GradeSpec> specs = grades.stream().map(grade -> new GradeSpec(grade, 62, 18, 26, null)).toList();
        SchoolRequest school = new SchoolRequest("=Hill Primary", grades.size() * 3, 5, specs,
                List.of(new CompositeSpec(List.of(grades.get(0), grades.get(1)), null, null)), SolveOptions.defaults());
        List<PlannedClass> classes = new ArrayList<>();
        for (String grade : grades) {
            int first = grade.equals(grades.get(0)) || grade.equals(grades.get(1)) ? 11 : 20;
            classes.add(PlannedClass.of(grade + " A", List.of(new Subclass(grade, first))));
            classes.add(PlannedClass.of(grade + " B", List.of(new Subclass(grade, 21))));
            classes.add(PlannedClass.of(grade + " C", List.of(new Subclass(grade, 21))));
        }
        classes.add(PlannedClass.of(grades.get(0) + "/" + grades.get(1) + " A",
                List.of(new Subclass(grades.get(0), 9), new Subclass(grades.get(1), 9))));
        ClassPlan best = ClassPlan.of(1, classes, true, null).withRankReason("Ranked first: the fewest composites.");
        ClassPlan adjusted = ClassPlan.adjusted(2, classes, new Adjustment("alice", 1, Instant.parse("2026-12-01T09:00:00Z")));
        return new SolveResult("00000000-0000-0000-0000-000000000001", school, SolveStatus.SOLVED,
                List.of(best, adjusted), null, null, Timings.submitted(Instant.parse("2026-12-01T08:00:00Z")),
                List.of(), "2027 with 21 teachers", "node-1");
    }

    private static final List<String> K6 = List.of("K", "1", "2", "3", "4", "5", "6");
    private static final List<String> K12 = List.of("K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    @Test
    void printsAK6PlanOnOnePageAndAK12PlanOnTwoAtMostWithTheSchoolItsInputsAndTheDate() throws IOException {
        SolveResult k6 = solve(K6);
        PdfReader k6Pdf = new PdfReader(SolvePdf.plan(k6, k6.plans().get(0), PRINTED));
        SolveResult k12 = solve(K12);
        PdfReader k12Pdf = new PdfReader(SolvePdf.plan(k12, k12.plans().get(0), PRINTED));

        assertThat(k6Pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(k12Pdf.getNumberOfPages()).isBetween(1, 2);
        String text = new PdfTextExtractor(k6Pdf).getTextFromPage(1);
        assertThat(text).contains("=Hill Primary", "Printed 1 December 2026, 09:30 UTC", "What was entered",
                "Teachers: 21", "Plan 1 (proven optimal)", "K/1 A", "Ranked first: the fewest composites.",
                "2027 with 21 teachers");
    }

    @Test
    void comparesEveryPlanInOnePdfMarkingTheAdjustedOne() throws IOException {
        PdfReader pdf = new PdfReader(SolvePdf.comparison(solve(K6), PRINTED));

        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("The plans side by side", "Plan 1 (proven optimal)", "Plan 2 (adjusted by alice)",
                "Largest class");
    }

    @Test
    void writesEveryPlanInOneCsvUnderTheSchoolsHeaderGuardingFormulas() throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(AllPlansCsv.of(solve(K6)))).getRecords();

        assertThat(records.get(0).values()).containsExactly("School", "'=Hill Primary");
        assertThat(records.get(1).values()).containsExactly("Scenario", "2027 with 21 teachers");
        assertThat(records.get(2).values()).containsExactly("Teachers", "21");
        CSVRecord header = records.stream().filter(row -> row.get(0).equals("Plan")).findFirst().orElseThrow();
        assertThat(header.values()).containsExactly("Plan", "Class", "K", "1", "2", "3", "4", "5", "6", "Total",
                "Adjusted by");
        List<CSVRecord> classes = records.subList(records.indexOf(header) + 1, records.size());
        assertThat(classes).hasSize(2 * 22);
        assertThat(classes.get(0).values()).containsExactly("1", "K A", "11", "", "", "", "", "", "", "11", "");
        assertThat(classes.get(classes.size() - 1).values())
                .containsExactly("2", "K/1 A", "9", "9", "", "", "", "", "", "18", "alice");
    }

    @Test
    void writesClassShellsInOneRosterClassesCsvColumnsWithCedsGradeCodes() throws IOException {
        SolveResult k12 = solve(K12);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                ClassShellsCsv.of(k12.plans().get(0), "hill", "2027-2028"))).getRecords();

        assertThat(records.get(0).values()).containsExactly("sourcedId", "status", "dateLastModified", "title",
                "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId",
                "termSourcedIds", "subjects", "subjectCodes", "periods");
        assertThat(records).hasSize(1 + 40);
        CSVRecord composite = records.get(records.size() - 1);
        assertThat(composite.get(3)).isEqualTo("K/1 A");
        assertThat(composite.get(0)).isEqualTo("hill-2027-2028-k-1-a");
        assertThat(composite.get(4)).isEqualTo("KG,01");
        assertThat(composite.get(7)).isEqualTo("homeroom");
        assertThat(composite.get(9)).isEqualTo("hill");
        assertThat(composite.get(10)).isEqualTo("2027-2028");
        assertThat(records.stream().skip(1).map(row -> row.get(0)).distinct()).hasSize(40);
        assertThat(ClassShellsCsv.gradeCode("12")).isEqualTo("12");
        assertThat(ClassShellsCsv.gradeCode("Year 7")).isEqualTo("Year 7");
    }
}
