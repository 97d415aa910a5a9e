package org.classcruncher.api;

import java.io.Serializable;

/**
 * How a plan stands against one limit of a plan rule: "Grades JK-3: 92 % of classes hold 20 or fewer (the rule: at
 * least 90 %)". The figures a principal reads to see which rules shaped a plan and how near each plan is to each.
 *
 * @param rule   the rule's id and version, {@code id@version}
 * @param text   the figure and the limit, in a principal's words
 * @param value  the plan's figure (a share from 0 to 1, an average, a count of children or classes)
 * @param limit  the rule's limit on that figure, in the same unit
 * @param atLimit whether the plan is at the limit (a share, average or count equal to what the rule allows, or
 *               children above a target): the rule is what stopped a better plan there
 */
public record RuleFigure(String rule, String text, double value, double limit, boolean atLimit)
        implements Serializable {
}
