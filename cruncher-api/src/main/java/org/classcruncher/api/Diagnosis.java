package org.classcruncher.api;

import java.util.List;

/**
 * Why a school has no plan, and what would give it one.
 *
 * @param reasons        the blocking rules in plain words, with their numbers
 * @param teachersNeeded the fewest teachers with which the school has a plan (all else unchanged), verified by
 *                       solving; {@code null} when no number of teachers is enough
 * @param fixes          single rule changes verified by solving to give the school a plan, in plain words
 */
public record Diagnosis(List<String> reasons, Integer teachersNeeded, List<String> fixes) {

    public Diagnosis {
        reasons = List.copyOf(reasons);
        fixes = List.copyOf(fixes);
    }
}
