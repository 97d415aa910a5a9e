package org.classcruncher.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Why a school has no plan, and what would give it one.
 *
 * @param reasons        the blocking rules in plain words, with their numbers
 * @param teachersNeeded the fewest teachers with which the school has a plan (all else unchanged), verified by
 *                       solving; {@code null} when no number of teachers is enough
 * @param fixes          single rule changes verified by solving to give the school a plan, in plain words
 * @param unchecked      single rule changes the diagnosis's time did not suffice to settle either way: they may or
 *                       may not give a plan (absent in results stored before it existed: read as empty)
 * @param fixChanges     for each fix, in the same order, the change that applies it (to re-plan with, e.g. through
 *                       {@code POST /solves/{id}/replan}); {@code null} for a fix no {@link SchoolChange} can say
 *                       (a composite's own cap). Absent in results stored before it existed: read as none
 */
public record Diagnosis(List<String> reasons, Integer teachersNeeded, List<String> fixes, List<String> unchecked,
                        List<SchoolChange> fixChanges) implements Serializable {

    public Diagnosis {
        reasons = List.copyOf(reasons);
        fixes = List.copyOf(fixes);
        unchecked = unchecked == null ? List.of() : List.copyOf(unchecked);
        // Not List.copyOf: a fix without a change is a null entry.
        fixChanges = fixChanges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fixChanges));
    }

    /** The change that applies fix {@code index}, if there is one. */
    public Optional<SchoolChange> changeOf(int index) {
        return index >= 0 && index < fixChanges.size() ? Optional.ofNullable(fixChanges.get(index))
                : Optional.empty();
    }
}
