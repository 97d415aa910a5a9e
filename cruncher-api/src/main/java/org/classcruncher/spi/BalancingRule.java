package org.classcruncher.spi;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;

/**
 * A policy applied to a plan after it is solved, to move children between classes (e.g. to even out sizes). A rule
 * must keep every hard rule of the school: each grade's total, each class's size limits and the minimum subclass
 * size; the planner checks the returned plan and ignores one that breaks any.
 *
 * <p>Discovered with {@link java.util.ServiceLoader}; a district drops its jar into the server's plugins folder.
 * Methods added later come with {@code default} implementations so that existing plugins keep working.
 */
public interface BalancingRule {

    /** A short unique id, listed in a request's {@code options.balancing}. */
    String id();

    /** The plugin's own version, recorded in every result it shaped. */
    default String version() {
        return "1";
    }

    /** One sentence for administrators: what this rule changes. */
    String description();

    /** The plan after this rule, with the same classes (same grades, same labels) in the same order. */
    ClassPlan balance(ClassPlan plan, SchoolRequest school);
}
