package org.classcruncher.spi;

import java.util.List;

import org.classcruncher.api.SchoolRequest;

/**
 * A district's rule over the whole plan, not one class: "at least 90 % of the primary classes hold 20 or fewer",
 * "the K-3 classes average at most 24", "a class should hold at most 25, one or two over when it must", "no grade
 * split across more than two kinds of class". The rule states its {@link PlanLimit}s for a school; the planner
 * writes each into its model exactly, so every plan keeps them and is still proven best within them.
 *
 * <p>Discovered with {@link java.util.ServiceLoader} like the other policies; a request chooses any number of rules
 * with {@code options.rules}, and a district names its defaults ({@code cruncher.policies.rules}). Added in SPI 1.3.
 */
public interface PlanRule {

    /** A short unique id, chosen in a request's {@code options.rules}. */
    String id();

    /**
     * One or two sentences for administrators: the rule as the jurisdiction states it, with where it comes from
     * (the agreement, act or guideline).
     */
    String description();

    /** The plugin's own version, recorded in every result it shaped. */
    default String version() {
        return "1";
    }

    /**
     * The limits this rule sets on {@code school}'s plan. Grades are named as schools name them; a limit naming a
     * grade the school does not teach ignores it, and one naming none of its grades does not apply, so a rule
     * written for K-12 serves a K-6 school. {@code school.grades()} gives the names, for a rule that matches them.
     */
    List<PlanLimit> limits(SchoolRequest school);
}
