package org.classcruncher.api;

import java.util.List;

/**
 * Why a school has no plan, and what would give it one.
 *
 * @param reasons        the blocking rules in plain words, with their numbers
 * @param teachersNeeded the fewest teachers with which the school has a plan (all else unchanged), verified by
 *                       solving; {@code null} when no number of teachers is enough
 * @param fixes          single rule changes verified by solving to give the school a plan, in plain words
 * @param unchecked      single rule changes the diagnosis's time did not suffice to settle either way: they may or
 *                       may not give a plan (absent in results stored before it existed: read as empty)
 */
public record Diagnosis(List<String> reasons, Integer teachersNeeded, List<String> fixes, List<String> unchecked) {

    public Diagnosis {
        reasons = List.copyOf(reasons);
        fixes = List.copyOf(fixes);
        unchecked = unchecked == null ? List.of() : List.copyOf(unchecked);
    }
}
