package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.ObjectiveWeighting;

/**
 * The policy plugins chosen for one solve.
 *
 * @param weighting  the objective weighting, or {@code null} for equal weights
 * @param balancing  the balancing rules, applied in this order
 * @param sizePolicy the class size policy, or {@code null} for the school's own limits
 */
public record Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing, ClassSizePolicy sizePolicy) {

    public Policies {
        balancing = List.copyOf(balancing);
    }

    public Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing) {
        this(weighting, balancing, null);
    }

    public static Policies none() {
        return new Policies(null, List.of(), null);
    }
}
