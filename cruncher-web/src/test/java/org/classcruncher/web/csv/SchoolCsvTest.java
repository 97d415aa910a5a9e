package org.classcruncher.web.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.classcruncher.api.GradeSpec;
import org.junit.jupiter.api.Test;

class SchoolCsvTest {

    private static final String HEADER = "grade,children,min_class_size,max_class_size";

    @Test
    void writesTheHeaderAndOneRowPerGrade() {
        assertThat(SchoolCsv.write(List.of(new GradeSpec("K", 20, 15, 28, null), new GradeSpec("1", 25, 15, 28, null))))
                .isEqualTo(HEADER + "\r\nK,20,15,28\r\n1,25,15,28\r\n");
    }

    @Test
    void writesTheSupportedChildrenOnlyWhenAGradeHasSome() {
        assertThat(SchoolCsv.write(List.of(new GradeSpec("K", 20, 15, 28, 2), new GradeSpec("1", 25, 15, 28, null))))
                .isEqualTo(HEADER + ",supported\r\nK,20,15,28,2\r\n1,25,15,28,0\r\n");
        assertThat(SchoolCsv.read(HEADER + ",supported\nK,20,15,28,\n1,25,15,28,4\n"))
                .extracting(GradeSpec::supported).containsExactly(0, 4);
    }

    @Test
    void readsBackWhatItWrites() {
        // Names a spreadsheet would mangle: a delimiter, quotes, and a formula (written with an apostrophe).
        List<GradeSpec> grades = List.of(new GradeSpec("K", 0, 1, 1, null), new GradeSpec("Year 1, \"A\"", 25, 15, 28, 3),
                new GradeSpec("=1+1", 10_000, 100, 100, null));
        String csv = SchoolCsv.write(grades);

        assertThat(csv).contains("'=1+1");
        assertThat(SchoolCsv.read(csv)).isEqualTo(grades);
    }

    @Test
    void templateHasTheHeaderAndLeavesTheChildrenToFillIn() {
        assertThat(SchoolCsv.template()).isEqualTo(HEADER + "\r\nK,,15,28\r\n1,,15,28\r\n2,,15,28\r\n3,,15,28\r\n"
                + "4,,15,28\r\n5,,15,28\r\n6,,15,28\r\n");
        // The header is accepted: the first complaint is about the first grade's empty count.
        assertRefused(SchoolCsv.template(), 2, "children", "Row 2, children: enter a whole number (it is empty).");
    }

    @Test
    void readsWhatEuropeanSpreadsheetsSave() {
        String csv = "\uFEFF Grade ; CHILDREN;Min_Class_Size ;max_class_size\r\n"
                + "\r\n"
                + " K ; 20 ;15; 28 \r\n"
                + ";;;\r\n"
                + "\"1\";\" 25 \";15;28\r\n";

        assertThat(SchoolCsv.read(csv)).containsExactly(new GradeSpec("K", 20, 15, 28, null), new GradeSpec("1", 25, 15, 28, null));
    }

    @Test
    void readsColumnsInAnyOrder() {
        assertThat(SchoolCsv.read("max_class_size,grade,min_class_size,children\n28,K,15,20\n"))
                .containsExactly(new GradeSpec("K", 20, 15, 28, null));
    }

    @Test
    void refusesAnEmptyFile() {
        String message = "The file is empty: it needs a header row " + HEADER + " and one row per grade.";
        assertRefused("", 0, null, message);
        assertRefused("\uFEFF\r\n  \r\n,,,\r\n", 0, null, message);
    }

    @Test
    void refusesAHeaderWithoutAColumn() {
        assertRefused("grade,children,min_class_size\nK,20,15\n", 1, "max_class_size",
                "Column max_class_size is missing: the header row needs grade, children, min_class_size, "
                        + "max_class_size.");
    }

    @Test
    void refusesUnknownColumns() {
        assertRefused(HEADER + ",pupils\nK,20,15,28,20\n", 1, "pupils",
                "Column 'pupils' is not one of grade, children, min_class_size, max_class_size (and, optionally, "
                        + "supported).");
        assertRefused(HEADER + ",pupils,room\nK,20,15,28,20,A\n", 1, "pupils",
                "Columns 'pupils', 'room' are not one of grade, children, min_class_size, max_class_size (and, "
                        + "optionally, supported).");
    }

    @Test
    void namesTheFirstFiveOfThousandsOfUnknownColumns() {
        StringBuilder header = new StringBuilder(HEADER);
        for (int column = 0; column < 200_000; column++) {
            header.append(",c").append(column);
        }
        assertRefused(header + "\nK,20,15,28\n", 1, "c0", "Columns 'c0', 'c1', 'c2', 'c3', 'c4' and 199995 more are not "
                + "one of grade, children, min_class_size, max_class_size (and, optionally, supported).");
    }

    @Test
    void refusesAColumnTwice() {
        assertRefused(HEADER + ",Grade\nK,20,15,28,K\n", 1, "grade", "Column grade is in the header row twice.");
    }

    @Test
    void refusesTextInANumber() {
        assertRefused(csv("K,20,15,28", "1,20,15,28", "2,twenty,15,28"), 4, "children",
                "Row 4, children: enter a whole number (found 'twenty').");
        assertRefused(csv("K,20,15.5,28"), 2, "min_class_size",
                "Row 2, min_class_size: enter a whole number (found '15.5').");
    }

    @Test
    void refusesAnEmptyNumber() {
        assertRefused(csv("K,20,15,28", "1,20, ,28"), 3, "min_class_size",
                "Row 3, min_class_size: enter a whole number (it is empty).");
    }

    @Test
    void refusesAnEmptyGradeName() {
        assertRefused(csv("K,20,15,28", "1,20,15,28", "2,20,15,28", " ,20,15,28"), 5, "grade",
                "Row 5, grade: enter the grade's name.");
    }

    @Test
    void refusesAGradeTwice() {
        assertRefused(csv("K,20,15,28", "1,20,15,28", "2,20,15,28", "3,20,15,28", "3,22,15,28"), 6, "grade",
                "Row 6: grade 3 is listed twice (first in row 5).");
    }

    @Test
    void refusesARowOfAnotherWidth() {
        assertRefused(csv("K,20,15,28", "1,20,15,28", "2,20,15,28", "3,20,15,28", "4,20,15,28", "5,20,15"), 7, null,
                "Row 7 has 3 cells; the header has 4.");
        assertRefused(csv("K,20,15,28,"), 2, null, "Row 2 has 5 cells; the header has 4.");
    }

    @Test
    void refusesAGradeThatBreaksItsRules() {
        assertRefused(csv("K,20,15,28", "1,20,15,28", "2,20,20,10"), 4, "min_class_size",
                "Row 4: grade 2: minClassSize 20 is greater than maxClassSize 10");
        assertRefused(csv("K,20,15,101"), 2, "max_class_size",
                "Row 2: grades[K].maxClassSize must be at most 100 but is 101");
    }

    @Test
    void numbersRowsAsTheSpreadsheetDoes() {
        // A blank row and a cell over two lines are one spreadsheet row each.
        assertRefused(csv("K,20,15,28", "", "\"Year\n1\",20,15,28", "2,x,15,28"), 5, "children",
                "Row 5, children: enter a whole number (found 'x').");
    }

    @Test
    void refusesUnmatchedQuotes() {
        assertRefused(csv("K,20,15,28", "\"1,20,15,28", "2,20,15,28"), 3, null,
                "Row 3: the quote marks (\") of a cell do not match up.");
    }

    @Test
    void refusesAHeaderWithoutGrades() {
        assertRefused(HEADER + "\r\n\r\n", 0, null, "The file has a header but no grades.");
    }

    @Test
    void refusesMoreGradesThanASchoolHas() {
        String csv = csv(IntStream.rangeClosed(1, 31).mapToObj(grade -> grade + ",20,15,28").toArray(String[]::new));
        assertRefused(csv, 0, null, "The file has 31 grades; a school has at most 30.");
        assertThat(SchoolCsv.read(csv.substring(0, csv.lastIndexOf("31,")))).hasSize(30);
    }

    /** A file of the header and these rows. */
    private static String csv(String... rows) {
        return HEADER + "\r\n" + Stream.of(rows).map(row -> row + "\r\n").collect(Collectors.joining());
    }

    private static void assertRefused(String csv, int row, String column, String message) {
        assertThatThrownBy(() -> SchoolCsv.read(csv))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.row()).as("row").isEqualTo(row);
                    assertThat(e.column()).as("column").isEqualTo(column);
                })
                .hasMessage(message);
    }

    @Test
    void readsRowsPastedFromASpreadsheetWithOrWithoutTheirHeader() {
        List<GradeSpec> expected = List.of(new GradeSpec("K", 22, 12, 24, null), new GradeSpec("1", 25, 12, 26, null));

        assertThat(SchoolCsv.readPasted("K\t22\t12\t24\n1\t25\t12\t26\n")).isEqualTo(expected);
        assertThat(SchoolCsv.readPasted("grade\tchildren\tmin_class_size\tmax_class_size\nK\t22\t12\t24\n"
                + "1\t25\t12\t26")).isEqualTo(expected);
        // The header as the plan form names its columns, copied from its table.
        assertThat(SchoolCsv.readPasted("Grade\tChildren\tSmallest class\tLargest class\nK\t22\t12\t24\n"
                + "1\t25\t12\t26")).isEqualTo(expected);
        // Without a header, lines are numbered as pasted.
        assertThatThrownBy(() -> SchoolCsv.readPasted("K\t22\t12\t24\n1\tmany\t12\t26\n"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("Line 2, children: enter a whole number (found 'many').");
        assertThatThrownBy(() -> SchoolCsv.readPasted("K\t22\t12\t24\nK\t25\t12\t26\n"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("Line 2: grade K is listed twice (first in line 1).");
    }
}
