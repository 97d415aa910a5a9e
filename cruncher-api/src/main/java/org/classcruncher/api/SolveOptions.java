package org.classcruncher.api;

import java.util.List;

/**
 * How to solve: how many alternatives to look for, how long to search, and which policy plugins shape the plan.
 * Every field may be left out of a request; the defaults below apply.
 *
 * @param alternatives     the most plans to return, ranked (default 3)
 * @param timeLimitSeconds the longest a solve may search before it returns its best plan (default 30)
 * @param weighting        id of the {@code ObjectiveWeighting} plugin to use, or {@code null} for none
 * @param balancing        ids of the {@code BalancingRule} plugins applied in order (default: the built-in
 *                         {@value #HUMANISE})
 */
public record SolveOptions(Integer alternatives, Integer timeLimitSeconds, String weighting, List<String> balancing) {

    public static final String HUMANISE = "humanise";
    public static final int MAX_ALTERNATIVES = 20;
    public static final int MAX_TIME_LIMIT_SECONDS = 3_600;

    public SolveOptions {
        alternatives = alternatives == null ? 3 : alternatives;
        Checks.atLeast(alternatives, 1, "options.alternatives");
        Checks.atMost(alternatives, MAX_ALTERNATIVES, "options.alternatives");
        timeLimitSeconds = timeLimitSeconds == null ? 30 : timeLimitSeconds;
        Checks.atLeast(timeLimitSeconds, 1, "options.timeLimitSeconds");
        Checks.atMost(timeLimitSeconds, MAX_TIME_LIMIT_SECONDS, "options.timeLimitSeconds");
        weighting = weighting == null || weighting.isBlank() ? null : weighting.strip();
        balancing = balancing == null ? List.of(HUMANISE) : List.copyOf(balancing.stream()
                .map(id -> Checks.requiredText(id, "options.balancing"))
                .toList());
    }

    public static SolveOptions defaults() {
        return new SolveOptions(null, null, null, null);
    }
}
