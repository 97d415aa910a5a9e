package org.classcruncher.school.entity;

import java.time.Instant;

import org.classcruncher.api.SchoolRequest;

/**
 * One version of a school's inputs.
 *
 * @param schoolId the school
 * @param version  1 for the first inputs saved, then 2…
 * @param savedAt  when it was saved
 * @param savedBy  who saved it
 * @param solveId  the solve whose submission saved it, or {@code null} when saved on its own
 * @param inputs   the inputs: teachers, grades, composites, smallest group, options and policies
 */
public record SavedInputs(String schoolId, int version, Instant savedAt, String savedBy, String solveId,
                          SchoolRequest inputs) {
}
