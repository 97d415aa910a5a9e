package org.classcruncher.api;

import java.io.Serializable;
import java.util.List;

/**
 * How to solve: how many alternatives to look for, how long to search, which formulation, and which policy
 * plugins shape the plan. Every field may be left out of a request; the defaults below apply.
 *
 * @param alternatives     the most plans to return, each structurally different, best first (default 3)
 * @param timeLimitSeconds the longest a solve may search before it returns its best plan (default 30)
 * @param weighting        id of the {@code ObjectiveWeighting} plugin to use, or {@code null} for none
 * @param balancing        ids of the {@code BalancingRule} plugins applied in order (default: none for the
 *                         default formulation, whose balance is optimal; the built-in {@value #HUMANISE} for the
 *                         seed formulation, as the original design did)
 * @param formulation      {@value #DEFAULT_FORMULATION} (default) or {@value #SEED_FORMULATION}, the original
 *                         design's model kept for comparison
 * @param sizePolicy       id of the {@code ClassSizePolicy} plugin that sets class limits, or {@code null} for the
 *                         school's own limits (a composite keeps the lowest limits of its grades)
 * @param rules            ids of the {@code PlanRule} plugins every plan must keep (shares, averages, targets…), or
 *                         {@code null} for the district's default rules; an empty list for none
 */
public record SolveOptions(Integer alternatives, Integer timeLimitSeconds, String weighting, List<String> balancing,
                           String formulation, String sizePolicy, List<String> rules) implements Serializable {

    public static final String HUMANISE = "humanise";
    public static final String DEFAULT_FORMULATION = "default";
    public static final String SEED_FORMULATION = "seed";
    public static final int MAX_ALTERNATIVES = 20;
    public static final int MAX_TIME_LIMIT_SECONDS = 3_600;
    /** Longest plugin id. */
    public static final int MAX_PLUGIN_ID = 100;
    /** Most balancing rules one solve applies. */
    public static final int MAX_BALANCING = 10;
    /** Most plan rules one solve keeps. */
    public static final int MAX_RULES = 10;

    public SolveOptions {
        alternatives = alternatives == null ? 3 : alternatives;
        Checks.atLeast(alternatives, 1, "options.alternatives");
        Checks.atMost(alternatives, MAX_ALTERNATIVES, "options.alternatives");
        timeLimitSeconds = timeLimitSeconds == null ? 30 : timeLimitSeconds;
        Checks.atLeast(timeLimitSeconds, 1, "options.timeLimitSeconds");
        Checks.atMost(timeLimitSeconds, MAX_TIME_LIMIT_SECONDS, "options.timeLimitSeconds");
        weighting = weighting == null || weighting.isBlank() ? null
                : Checks.atMostCharacters(weighting.strip(), MAX_PLUGIN_ID, "options.weighting");
        sizePolicy = sizePolicy == null || sizePolicy.isBlank() ? null
                : Checks.atMostCharacters(sizePolicy.strip(), MAX_PLUGIN_ID, "options.sizePolicy");
        formulation = formulation == null || formulation.isBlank() ? DEFAULT_FORMULATION
                : Checks.atMostCharacters(formulation.strip(), MAX_PLUGIN_ID, "options.formulation");
        if (!formulation.equals(DEFAULT_FORMULATION) && !formulation.equals(SEED_FORMULATION)) {
            throw new InvalidSchoolException("options.formulation", "options.formulation must be '"
                    + DEFAULT_FORMULATION + "' or '" + SEED_FORMULATION + "', not '" + formulation + "'");
        }
        if (balancing == null) {
            balancing = formulation.equals(SEED_FORMULATION) ? List.of(HUMANISE) : List.of();
        } else {
            balancing = Checks.entries(balancing, MAX_BALANCING, "options.balancing").stream()
                    .map(id -> Checks.atMostCharacters(Checks.requiredText(id, "options.balancing"), MAX_PLUGIN_ID,
                            "options.balancing"))
                    .toList();
        }
        if (rules != null) {
            rules = Checks.entries(rules, MAX_RULES, "options.rules").stream()
                    .map(id -> Checks.atMostCharacters(Checks.requiredText(id, "options.rules"), MAX_PLUGIN_ID,
                            "options.rules"))
                    .distinct()
                    .toList();
        }
    }

    public static SolveOptions defaults() {
        return new SolveOptions(null, null, null, null, null, null, null);
    }

    public boolean seed() {
        return formulation.equals(SEED_FORMULATION);
    }

    public SolveOptions withAlternatives(int newAlternatives) {
        return new SolveOptions(newAlternatives, timeLimitSeconds, weighting, balancing, formulation, sizePolicy, rules);
    }

    /** These options with another formulation, and that formulation's default balancing. */
    public SolveOptions withFormulation(String newFormulation) {
        return new SolveOptions(alternatives, timeLimitSeconds, weighting, null, newFormulation, sizePolicy, rules);
    }

    /** These options keeping exactly these plan rules (none for an empty list). */
    public SolveOptions withRules(List<String> newRules) {
        return new SolveOptions(alternatives, timeLimitSeconds, weighting, balancing, formulation, sizePolicy, newRules);
    }

    public SolveOptions withTimeLimitSeconds(int seconds) {
        return new SolveOptions(alternatives, seconds, weighting, balancing, formulation, sizePolicy, rules);
    }
}
