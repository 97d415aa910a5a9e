package org.classcruncher.solve.control;

import java.util.List;

import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ObjectiveWeighting;

/**
 * The policy plugins chosen for one solve.
 *
 * @param weighting the objective weighting, or {@code null} for equal weights
 * @param balancing the balancing rules, applied in this order
 */
public record Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing) {

    public Policies {
        balancing = List.copyOf(balancing);
    }

    public static Policies none() {
        return new Policies(null, List.of());
    }
}
