package org.classcruncher.solve.control;

import java.util.Set;

import jakarta.persistence.Query;

/**
 * Whose solves a query may return, applied in the query itself so that a page, a count or a look-up never holds
 * another school's rows.
 *
 * @param seesAll whether every solve is visible (a district admin)
 * @param schools otherwise, the schools whose solves are visible
 */
public record Viewer(boolean seesAll, Set<String> schools) {

    public Viewer {
        schools = Set.copyOf(schools);
    }

    public static Viewer everything() {
        return new Viewer(true, Set.of());
    }

    public static Viewer ofSchools(Set<String> schools) {
        return new Viewer(false, schools);
    }

    /** The JPQL predicate on the job alias, e.g. {@code j.schoolId in :viewerSchools}. */
    String predicate(String alias) {
        // An empty IN list is not valid JPQL; a viewer of no school sees nothing.
        return schools.isEmpty() ? alias + ".id is null" : alias + ".schoolId in :viewerSchools";
    }

    /** The predicate as a further condition of a where clause, or nothing for a viewer who sees all. */
    String condition(String alias) {
        return seesAll ? "" : " and " + predicate(alias);
    }

    void bind(Query query) {
        if (!seesAll && !schools.isEmpty()) {
            query.setParameter("viewerSchools", schools);
        }
    }
}
