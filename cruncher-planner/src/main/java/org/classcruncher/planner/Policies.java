package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.plugin.PluginLoader;
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

    /**
     * The policies a request's options name, from the plugins loaded; where the options name no size policy or
     * weighting, the district's default (or none).
     *
     * @throws UnknownPolicy when an id names no installed plugin
     */
    public static Policies select(SolveOptions options, PluginLoader.Found plugins, String defaultWeighting,
                                  String defaultSizePolicy) {
        String weightingId = options.weighting() != null ? options.weighting() : defaultWeighting;
        String sizePolicyId = options.sizePolicy() != null ? options.sizePolicy() : defaultSizePolicy;
        ObjectiveWeighting weighting = weightingId == null ? null
                : installed(plugins.weightings().get(weightingId), "options.weighting", "weighting", weightingId,
                plugins);
        List<BalancingRule> balancing = options.balancing().stream()
                .map(id -> installed(plugins.balancingRules().get(id), "options.balancing", "balancing", id, plugins))
                .toList();
        ClassSizePolicy sizePolicy = sizePolicyId == null ? null
                : installed(plugins.sizePolicies().get(sizePolicyId), "options.sizePolicy", "size", sizePolicyId,
                plugins);
        return new Policies(weighting, balancing, sizePolicy);
    }

    private static <T> T installed(T plugin, String field, String kind, String id, PluginLoader.Found plugins) {
        if (plugin == null) {
            String what = kind.equals("size") ? "size policy" : kind + " plugin";
            throw new UnknownPolicy(field, "no " + what + " '" + id + "' is installed; installed: "
                    + plugins.ids(kind));
        }
        return plugin;
    }

    public static Policies none() {
        return new Policies(null, List.of(), null);
    }
}
