package org.classcruncher.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void quotesEveryCellASpreadsheetWouldRunAndReadsItBackAsTyped() {
        for (String formula : new String[] {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SpreadsheetCells.safe(formula)).isEqualTo("'" + formula);
            assertThat(SpreadsheetCells.unsafe(SpreadsheetCells.safe(formula))).isEqualTo(formula);
        }
        for (String text : new String[] {"K", "2/3 A", "'quoted", "", "O'Brien"}) {
            assertThat(SpreadsheetCells.safe(text)).isEqualTo(text);
            assertThat(SpreadsheetCells.unsafe(text)).isEqualTo(text);
        }
        assertThat(SpreadsheetCells.safe(null)).isNull();
    }
}
