package org.classcruncher.web.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.SchoolRequest;

/**
 * A school's grades as CSV, one row per grade, because principals keep them in a spreadsheet: the portal's import
 * and export and the REST API read and write this form. Reading takes what spreadsheets save (a byte order mark,
 * {@code ;} as the delimiter, blank rows, padded cells) and refuses anything else with a message naming the row,
 * as the spreadsheet numbers it, and the column. A grade name a spreadsheet would run as a formula is written with
 * a leading apostrophe (CSV injection), which reading drops again.
 */
public final class SchoolCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final String GRADE = "grade";
    static final String CHILDREN = "children";
    static final String MIN_CLASS_SIZE = "min_class_size";
    static final String MAX_CLASS_SIZE = "max_class_size";
    static final String SUPPORTED = "supported";
    static final List<String> HEADER = List.of(GRADE, CHILDREN, MIN_CLASS_SIZE, MAX_CLASS_SIZE);
    /** Columns a file may leave out: the children with a support plan (0 when absent or empty). */
    static final List<String> OPTIONAL = List.of(SUPPORTED);

    /** The CSV columns of the fields GradeSpec names in its refusals (e.g. {@code grades[K].minClassSize}). */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("grade", GRADE, "children", CHILDREN,
            "minClassSize", MIN_CLASS_SIZE, "maxClassSize", MAX_CLASS_SIZE, "supported", SUPPORTED);

    /**
     * The plan form's own column names, which a principal copying the form's table gets in the header row: read as
     * the template's columns.
     */
    private static final Map<String, String> FORM_NAMES = Map.of("smallest class", MIN_CLASS_SIZE,
            "largest class", MAX_CLASS_SIZE, "minclasssize", MIN_CLASS_SIZE, "maxclasssize", MAX_CLASS_SIZE,
            "supported children", SUPPORTED);

    private static final String BOM = "\uFEFF";
    private static final int SHOWN = 40;
    private static final Pattern ROW_NUMBER = Pattern.compile("\\b([Rr]ow) (\\d+)");

    private SchoolCsv() {
    }

    /**
     * The grades under the header, one row each, lines ended with CRLF; with a {@value #SUPPORTED} column when some
     * grade has children with a support plan.
     */
    public static String write(List<GradeSpec> grades) {
        boolean supported = grades.stream().anyMatch(grade -> grade.supported() > 0);
        List<String> header = new ArrayList<>(HEADER);
        if (supported) {
            header.add(SUPPORTED);
        }
        return print(header, printer -> {
            for (GradeSpec grade : grades) {
                List<Object> cells = new ArrayList<>(List.of(SpreadsheetCells.safe(grade.grade()), grade.children(),
                        grade.minClassSize(), grade.maxClassSize()));
                if (supported) {
                    cells.add(grade.supported());
                }
                printer.printRecord(cells);
            }
        });
    }

    /**
     * A file for a principal to fill in: grades K to 6 with common class sizes and the children left empty, as
     * only the school knows them. Not readable as it stands, by design: an empty count is refused, not taken as 0.
     */
    public static String template() {
        return print(HEADER, printer -> {
            for (String grade : List.of("K", "1", "2", "3", "4", "5", "6")) {
                printer.printRecord(grade, "", 15, 28);
            }
        });
    }

    /** The grades of a CSV file, in its order; refuses the file with a {@link CsvImportException}. */
    public static List<GradeSpec> read(String text) {
        List<CSVRecord> records = records(text.startsWith(BOM) ? text.substring(BOM.length()) : text);
        if (records.isEmpty()) {
            throw new CsvImportException(0, null, "The file is empty: it needs a header row "
                    + String.join(",", HEADER) + " and one row per grade.");
        }
        CSVRecord header = records.get(0);
        Map<String, Integer> columns = columns(header);
        List<CSVRecord> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            throw new CsvImportException(0, null, "The file has a header but no grades.");
        }
        if (rows.size() > SchoolRequest.MAX_GRADES) {
            throw new CsvImportException(0, null, "The file has " + rows.size() + " grades; a school has at most "
                    + SchoolRequest.MAX_GRADES + ".");
        }
        List<GradeSpec> grades = new ArrayList<>();
        Map<String, Integer> firstRows = new HashMap<>();
        for (CSVRecord record : rows) {
            GradeSpec grade = grade(record, header.size(), columns);
            int row = row(record);
            Integer first = firstRows.putIfAbsent(grade.grade(), row);
            if (first != null) {
                throw new CsvImportException(row, GRADE, "Row " + row + ": grade " + grade.grade()
                        + " is listed twice (first in row " + first + ").");
            }
            grades.add(grade);
        }
        return List.copyOf(grades);
    }

    /** The records that are not blank; a blank one is a blank row of the spreadsheet. */
    private static List<CSVRecord> records(String text) {
        // Blank lines stay records, so that a record's number is the row the spreadsheet shows.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    if (!record.stream().allMatch(String::isBlank)) {
                        records.add(record);
                    }
                }
            } catch (UncheckedIOException e) {
                int row = Math.toIntExact(parser.getRecordNumber() + 1);
                throw new CsvImportException(row, null, "Row " + row + ": the quote marks (\") of a cell do not "
                        + "match up.");
            }
            return records;
        } catch (IOException e) {
            // Only a malformed file fails (above): a String reads without I/O errors.
            throw new UncheckedIOException(e);
        }
    }

    /** European spreadsheets save with {@code ;}, as their decimal separator is the comma. */
    private static char delimiter(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (header.contains("\t")) {
            return '\t';
        }
        return header.contains(";") && !header.contains(",") ? ';' : ',';
    }

    /**
     * The grades of rows pasted from a spreadsheet (tab-separated, as spreadsheets copy them, or as in a CSV file):
     * with the header row, or without it when the columns are in the template's order.
     */
    public static List<GradeSpec> readPasted(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        String firstCell = first.split("[\t,;]", 2)[0].strip();
        boolean hasHeader = firstCell.equalsIgnoreCase(GRADE);
        if (hasHeader || first.isEmpty()) {
            return read(text);
        }
        char delimiter = delimiter(text);
        try {
            return read(String.join(String.valueOf(delimiter), HEADER) + "\n" + text);
        } catch (CsvImportException e) {
            // The header was ours: the principal's lines are numbered from 1.
            Matcher rows = ROW_NUMBER.matcher(e.getMessage());
            StringBuilder message = new StringBuilder();
            while (rows.find()) {
                rows.appendReplacement(message, (rows.group(1).equals("Row") ? "Line " : "line ")
                        + (Integer.parseInt(rows.group(2)) - 1));
            }
            rows.appendTail(message);
            throw new CsvImportException(Math.max(0, e.row() - 1), e.column(), message.toString());
        }
    }

    /** How many unknown columns a refusal names. */
    private static final int NAMED_UNKNOWN = 5;

    /** Where each column of the header is. */
    private static Map<String, Integer> columns(CSVRecord header) {
        int row = row(header);
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String column = FORM_NAMES.getOrDefault(lower, lower);
            if (!HEADER.contains(column) && !OPTIONAL.contains(column)) {
                unknown.add(name);
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new CsvImportException(row, column, "Column " + column + " is in the header row twice.");
            }
        }
        if (!unknown.isEmpty()) {
            // A header of thousands of unknown columns is named by its first few, so the answer stays short.
            String names = unknown.stream().limit(NAMED_UNKNOWN).map(name -> "'" + shown(name) + "'")
                    .collect(Collectors.joining(", "))
                    + (unknown.size() > NAMED_UNKNOWN ? " and " + (unknown.size() - NAMED_UNKNOWN) + " more" : "");
            throw new CsvImportException(row, shown(unknown.get(0)), (unknown.size() == 1 ? "Column " + names + " is"
                    : "Columns " + names + " are") + " not one of " + String.join(", ", HEADER) + " (and, optionally, " + String.join(", ", OPTIONAL)
                    + ").");
        }
        for (String column : HEADER) {
            if (!columns.containsKey(column)) {
                throw new CsvImportException(row, column, "Column " + column + " is missing: the header row needs "
                        + String.join(", ", HEADER) + ".");
            }
        }
        return columns;
    }

    private static GradeSpec grade(CSVRecord record, int cells, Map<String, Integer> columns) {
        int row = row(record);
        if (record.size() != cells) {
            throw new CsvImportException(row, null, "Row " + row + " has " + record.size()
                    + (record.size() == 1 ? " cell" : " cells") + "; the header has " + cells + ".");
        }
        String grade = SpreadsheetCells.unsafe(record.get(columns.get(GRADE)).strip());
        if (grade.isEmpty()) {
            throw new CsvImportException(row, GRADE, "Row " + row + ", grade: enter the grade's name.");
        }
        Integer children = number(record, columns, CHILDREN);
        Integer minClassSize = number(record, columns, MIN_CLASS_SIZE);
        Integer maxClassSize = number(record, columns, MAX_CLASS_SIZE);
        Integer supported = columns.containsKey(SUPPORTED) && !record.get(columns.get(SUPPORTED)).isBlank()
                ? number(record, columns, SUPPORTED) : null;
        try {
            return new GradeSpec(grade, children, minClassSize, maxClassSize, supported);
        } catch (InvalidSchoolException e) {
            String field = e.field().substring(e.field().lastIndexOf('.') + 1);
            throw new CsvImportException(row, COLUMN_OF_FIELD.get(field), "Row " + row + ": " + e.getMessage());
        }
    }

    private static Integer number(CSVRecord record, Map<String, Integer> columns, String column) {
        int row = row(record);
        String value = record.get(columns.get(column)).strip();
        if (value.isEmpty()) {
            throw new CsvImportException(row, column, "Row " + row + ", " + column
                    + ": enter a whole number (it is empty).");
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new CsvImportException(row, column, "Row " + row + ", " + column + ": enter a whole number (found '"
                    + shown(value) + "').");
        }
    }

    /** The spreadsheet's number of a record's row: blank lines are records too, so the two agree. */
    private static int row(CSVRecord record) {
        return Math.toIntExact(record.getRecordNumber());
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String print(List<String> header, Rows rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A cell's text as quoted back in a message: a pasted paragraph is cut. */
    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }
}
