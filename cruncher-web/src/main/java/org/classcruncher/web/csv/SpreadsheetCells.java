package org.classcruncher.web.csv;

/**
 * The one rule against CSV injection, for every file the portal and the API write and the school files they read
 * back: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so such a
 * cell is written with a {@code '} before it, which spreadsheets show as text, and read back without it.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_START = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a cell no spreadsheet runs. */
    public static String safe(String text) {
        return text == null || text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }

    /** Undoes {@link #safe(String)}. */
    public static String unsafe(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\''
                && FORMULA_START.indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }
}
