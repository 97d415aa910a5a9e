package org.classcruncher.web.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.web.portal.PlanComparison;

/**
 * A solve's plan, or its plans compared, as a PDF a principal prints or files: the school, what was entered, the
 * date, then the plan's classes and figures (or the plans grade by grade, side by side). A K-6 plan fits one A4
 * page, a K-12 plan two.
 */
public final class SolvePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);
    private static final Color DIFFERS = new Color(0xFF, 0xF4, 0xCE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private SolvePdf() {
    }

    /** One plan of the solve. */
    public static byte[] plan(SolveResult solve, ClassPlan plan, ZonedDateTime printed) {
        return write(solve, printed, PageSize.A4, document -> {
            document.add(new Paragraph(planTitle(plan), HEADING));
            document.add(new Paragraph(figures(plan), TEXT));
            if (plan.rankReason() != null) {
                document.add(new Paragraph(plan.rankReason(), TEXT));
            }
            document.add(classes(solve.school(), plan));
        });
    }

    /** Every plan of the solve, grade by grade side by side, differences from plan 1 shaded. */
    public static byte[] comparison(SolveResult solve, ZonedDateTime printed) {
        List<String> grades = solve.school().grades().stream().map(GradeSpec::grade).toList();
        PlanComparison comparison = PlanComparison.of(grades, solve.plans());
        // More than four plans side by side need the page's width.
        return write(solve, printed, solve.plans().size() > 4 ? PageSize.A4.rotate() : PageSize.A4, document -> {
            document.add(new Paragraph("The plans side by side", HEADING));
            PdfPTable table = new PdfPTable(1 + solve.plans().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.addCell(header("Grade"));
            solve.plans().forEach(plan -> table.addCell(header(planTitle(plan))));
            for (PlanComparison.GradeRow row : comparison.rows()) {
                table.addCell(cell(row.grade(), BOLD));
                row.cells().forEach(cell -> table.addCell(shaded(cell.text(), cell.differs())));
            }
            for (PlanComparison.FigureRow figure : comparison.figures()) {
                table.addCell(cell(figure.label(), BOLD));
                for (int i = 0; i < figure.values().size(); i++) {
                    table.addCell(shaded(figure.values().get(i), figure.differs().get(i)));
                }
            }
            document.add(table);
        });
    }

    private interface Body {
        void add(Document document);
    }

    private static byte[] write(SolveResult solve, ZonedDateTime printed, Rectangle page, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(page, 36, 36, 36, 36);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(solve.school().name() + " · Class Cruncher");
        document.addCreator("Class Cruncher");
        document.open();
        document.add(new Paragraph(solve.school().name(), TITLE));
        String scenario = solve.scenario() == null ? "" : "Scenario: " + solve.scenario() + ". ";
        document.add(new Paragraph(scenario + "Printed " + WHEN.format(printed.withZoneSameInstant(ZoneOffset.UTC))
                + ".", TEXT));
        document.add(inputs(solve.school()));
        body.add(document);
        document.close();
        return bytes.toByteArray();
    }

    /** What was entered: teachers, the smallest group, the composites allowed, each grade's children and limits. */
    private static Element inputs(SchoolRequest school) {
        Paragraph inputs = new Paragraph();
        inputs.setSpacingBefore(6);
        inputs.add(new Paragraph("What was entered", HEADING));
        List<String> composites = school.composites().stream().map(CompositeSpec::name).toList();
        inputs.add(new Paragraph("Teachers: " + school.teachers() + "; smallest group of a grade in a composite: "
                + school.minSubclassSize() + "; composites allowed: "
                + (composites.isEmpty() ? "none" : String.join(", ", composites)) + ".", TEXT));
        PdfPTable grades = new PdfPTable(1 + school.grades().size());
        grades.setWidthPercentage(100);
        grades.setSpacingBefore(3);
        grades.addCell(header("Grade"));
        school.grades().forEach(grade -> grades.addCell(header(grade.grade())));
        grades.addCell(cell("Children", BOLD));
        school.grades().forEach(grade -> grades.addCell(cell(String.valueOf(grade.children()), TEXT)));
        grades.addCell(cell("Class size", BOLD));
        school.grades().forEach(grade -> grades.addCell(cell(grade.minClassSize() + "–" + grade.maxClassSize(), TEXT)));
        inputs.add(grades);
        inputs.setSpacingAfter(6);
        return inputs;
    }

    private static PdfPTable classes(SchoolRequest school, ClassPlan plan) {
        List<String> grades = school.grades().stream().map(GradeSpec::grade).toList();
        PdfPTable table = new PdfPTable(2 + grades.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        table.addCell(header("Class"));
        grades.forEach(grade -> table.addCell(header(grade)));
        table.addCell(header("Total"));
        for (PlannedClass planned : plan.classes()) {
            table.addCell(cell(planned.label(), BOLD));
            grades.forEach(grade -> table.addCell(cell(planned.has(grade)
                    ? String.valueOf(planned.childrenOf(grade)) : "", TEXT)));
            table.addCell(cell(String.valueOf(planned.total()), BOLD));
        }
        return table;
    }

    private static String planTitle(ClassPlan plan) {
        return "Plan " + plan.rank() + (plan.isAdjusted() ? " (adjusted by " + plan.adjustment().by() + ")"
                : plan.optimal() ? " (proven optimal)" : "");
    }

    private static String figures(ClassPlan plan) {
        return plan.summary().classes() + " classes, " + plan.summary().composites() + " composite; largest class "
                + plan.summary().largestClass() + ", smallest " + plan.summary().smallestClass()
                + "; widest spread within a grade " + plan.summary().worstGradeSpread() + ".";
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = cell(text, BOLD);
        cell.setBackgroundColor(HEADER);
        return cell;
    }

    private static PdfPCell shaded(String text, boolean differs) {
        PdfPCell cell = cell(text, differs ? BOLD : TEXT);
        if (differs) {
            cell.setBackgroundColor(DIFFERS);
        }
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2.5f);
        return cell;
    }
}
