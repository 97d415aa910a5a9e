package org.classcruncher.solve.boundary;

import java.util.List;

import org.classcruncher.api.ClassPlan;

/**
 * One plan of a solve, handed out for export (a class list in a spreadsheet, a print).
 *
 * @param school the school's name
 * @param grades the school's grades, youngest first: the export's columns
 * @param plan   the plan
 */
public record ExportedPlan(String school, List<String> grades, ClassPlan plan) {
}
