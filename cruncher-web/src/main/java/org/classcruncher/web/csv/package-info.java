/** A school's grades as CSV, the form a principal keeps them in a spreadsheet: read for import, written for export. */
package org.classcruncher.web.csv;
