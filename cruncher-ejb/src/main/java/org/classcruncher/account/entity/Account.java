package org.classcruncher.account.entity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's login: a salted, slow password hash (never the password), a role and the schools it belongs to.
 * Failed logins are counted in memory, per client address ({@code LoginThrottle}), not here.
 */
@Entity
@Table(name = "ACCOUNT")
public class Account {

    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 20)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_SCHOOL", joinColumns = @JoinColumn(name = "USERNAME"))
    @Column(name = "SCHOOL_ID", length = 64)
    private Set<String> schools = new HashSet<>();

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, Set<String> schools, boolean mustChangePassword,
                   Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.schools = new HashSet<>(schools);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Set<String> schools() {
        return Set.copyOf(schools);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void changePassword(String newHash, boolean changeOnNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = changeOnNextLogin;
    }

    public void assign(Role newRole, Set<String> newSchools) {
        this.role = newRole;
        this.schools = new HashSet<>(newSchools);
    }
}
