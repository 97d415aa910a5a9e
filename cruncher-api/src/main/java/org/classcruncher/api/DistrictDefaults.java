package org.classcruncher.api;

import java.util.List;

/**
 * The policies a request that names none gets ({@code cruncher.policies.size}, {@code cruncher.policies.weighting},
 * {@code cruncher.policies.rules}); {@code null} or empty: none.
 *
 * @param rules the plan rules a request without {@code options.rules} keeps
 */
public record DistrictDefaults(String sizePolicy, String weighting, List<String> rules) {

    public DistrictDefaults {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
