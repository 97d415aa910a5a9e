package org.classcruncher.web.csv;

/**
 * A CSV file of grades that cannot be imported, with a message a principal can act on in the spreadsheet: it
 * names the row as the spreadsheet numbers it (the header is row 1) and the column.
 */
public class CsvImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String column;

    public CsvImportException(int row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    /** The spreadsheet row at fault, or 0 when the fault is the file's as a whole. */
    public int row() {
        return row;
    }

    /** The column at fault, as the header names it, or null when no one column is. */
    public String column() {
        return column;
    }
}
