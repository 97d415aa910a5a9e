package org.classcruncher.spi;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;

/**
 * A jurisdiction's rule for how large a class may be, given its grades: for instance "a composite takes the lower
 * grade's cap" or "any composite holds at most 25". The planner asks it for every straight class and every allowed
 * composite before solving, and plans within the answers.
 *
 * <p>Discovered with {@link java.util.ServiceLoader}; a district drops its jar into the server's plugins folder and
 * a request chooses the policy with {@code options.sizePolicy}. Methods added later come with {@code default}
 * implementations so that existing plugins keep working.
 */
public interface ClassSizePolicy {

    /** A short unique id, chosen in a request's {@code options.sizePolicy}. */
    String id();

    /** One sentence for administrators: the rule, as the jurisdiction states it. */
    String description();

    /** The plugin's own version, recorded in every result it shaped. */
    default String version() {
        return "1";
    }

    /**
     * The limits of a class of {@code grades} (one grade: a straight class; 2 or 3: an allowed composite, in the
     * school's grade order) at {@code school}. {@code school.limitsOf(grades)} gives the school's own limits, as the
     * request states them or by the default rule, for a policy that only adjusts them.
     *
     * @return the limits, or {@code null} to forbid such a class at this school
     */
    ClassSizeLimits limits(List<String> grades, SchoolRequest school);

    /**
     * A soft cap beside the hard one: the size a class of {@code grade} should keep to, going over only when no plan
     * can keep to it, by as few children as the plan allows ("principals may go one or two over when they must").
     * Children above their class's target are a level of the objective right after fewest composites, and each plan
     * says where it goes over and by how much. A composite takes the lowest target of its grades. Asked once per
     * grade before solving; added in SPI 1.4.
     *
     * @return the target, at least 1, or {@code null} for none (the default)
     */
    default Integer target(String grade, SchoolRequest school) {
        return null;
    }
}
