package org.classcruncher.account.boundary;

import java.util.Set;

import org.classcruncher.account.entity.Role;

/**
 * Who is asking: the boundaries decide what a call may see and do from this, never from anything the request
 * says. The web layer builds it from the login; the school set is read from the database on each request, so a
 * change of membership takes effect at once.
 *
 * @param username the login name
 * @param role     what the account may do
 * @param schools  the schools a {@code school} account belongs to (a district admin sees all, whatever this says)
 */
public record Caller(String username, Role role, Set<String> schools) {

    public Caller {
        schools = Set.copyOf(schools);
    }

    public boolean districtAdmin() {
        return role == Role.DISTRICT_ADMIN;
    }

    /** Whether the caller may see and act on the work of this school ({@code null}: district work, admins only). */
    public boolean mayActFor(String schoolId) {
        return districtAdmin() || schoolId != null && schools.contains(schoolId);
    }

    /** Throws unless the caller is a district admin. */
    public void requireDistrictAdmin(String forWhat) {
        if (!districtAdmin()) {
            throw new NotPermitted("Only a district admin may " + forWhat + ".");
        }
    }
}
