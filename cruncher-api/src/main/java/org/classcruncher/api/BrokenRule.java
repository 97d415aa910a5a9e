package org.classcruncher.api;

import java.io.Serializable;

/**
 * One school rule a plan breaks, as the rule check of an adjusted plan reports it.
 *
 * @param rule     which rule: {@code teachers} (more classes than teachers), {@code children} (a grade's children
 *                 not all placed, or placed twice), {@code allowed} (a composite the school does not allow),
 *                 {@code size} (a class outside its size limits), {@code subclass} (fewer children of a grade in a
 *                 composite than the smallest group allowed), {@code empty} (a class without children),
 *                 {@code planRule} (a limit of the solve's plan rules: a share, an average, a cap…), {@code supported}
 *                 (the children with a support plan cannot be placed within the plan rules' limits)
 * @param label    the class that breaks it; {@code null} for a rule of the whole plan
 * @param grade    the grade concerned, when there is one; else {@code null}
 * @param message  what is wrong, in words, e.g. "2 B has 31 children; a class of grade 2 holds 20 to 28."
 */
public record BrokenRule(String rule, String label, String grade, String message) implements Serializable {
}
