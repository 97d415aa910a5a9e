package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.SolveOptions;
import org.classcruncher.planner.plugin.PluginLoader;
import org.classcruncher.spi.BalancingRule;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.ObjectiveWeighting;
import org.classcruncher.spi.PlanRule;

/**
 * The policy plugins chosen for one solve.
 *
 * @param weighting  the objective weighting, or {@code null} for equal weights
 * @param balancing  the balancing rules, applied in this order
 * @param sizePolicy the class size policy, or {@code null} for the school's own limits
 * @param rules      the plan rules every plan keeps
 */
public record Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing, ClassSizePolicy sizePolicy,
                       List<PlanRule> rules) {

    public Policies {
        balancing = List.copyOf(balancing);
        rules = List.copyOf(rules);
    }

    public Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing) {
        this(weighting, balancing, null);
    }

    public Policies(ObjectiveWeighting weighting, List<BalancingRule> balancing, ClassSizePolicy sizePolicy) {
        this(weighting, balancing, sizePolicy, List.of());
    }

    /**
     * The policies a request's options name, from the plugins loaded; where the options name no size policy or
     * weighting, the district's default (or none).
     *
     * @throws UnknownPolicy when an id names no installed plugin
     */
    public static Policies select(SolveOptions options, PluginLoader.Found plugins, String defaultWeighting,
                                  String defaultSizePolicy) {
        return select(options, plugins, defaultWeighting, defaultSizePolicy, List.of());
    }

    /**
     * As {@link #select(SolveOptions, PluginLoader.Found, String, String)}, with the district's default plan rules
     * for a request whose {@code options.rules} is absent (an empty list asks for none).
     */
    public static Policies select(SolveOptions options, PluginLoader.Found plugins, String defaultWeighting,
                                  String defaultSizePolicy, List<String> defaultRules) {
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
        List<PlanRule> rules = (options.rules() != null ? options.rules() : defaultRules).stream()
                .map(id -> installed(plugins.planRules().get(id), "options.rules", "rule", id, plugins))
                .toList();
        return new Policies(weighting, balancing, sizePolicy, rules);
    }

    private static <T> T installed(T plugin, String field, String kind, String id, PluginLoader.Found plugins) {
        if (plugin == null) {
            String what = switch (kind) {
                case "size" -> "size policy";
                case "rule" -> "plan rule";
                default -> kind + " plugin";
            };
            throw new UnknownPolicy(field, "no " + what + " '" + id + "' is installed; installed: "
                    + plugins.ids(kind));
        }
        return plugin;
    }

    public static Policies none() {
        return new Policies(null, List.of(), null, List.of());
    }
}
