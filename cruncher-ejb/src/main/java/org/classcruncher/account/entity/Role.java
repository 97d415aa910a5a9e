package org.classcruncher.account.entity;

/** What an account may do; each role is also the name of the security group the login carries. */
public enum Role {

    /** Belongs to one or more schools: submits, views and cancels their solves. */
    SCHOOL("school"),

    /** Sees every school's solves, manages accounts, schools and plugins. */
    DISTRICT_ADMIN("district-admin");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The security group (and role) name, as in {@code web.xml}. */
    public String group() {
        return group;
    }

    /** The role called {@code group}, e.g. {@code district-admin}. */
    public static Role ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role " + group + " (school or district-admin)");
    }
}
