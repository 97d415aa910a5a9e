package org.classcruncher.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A personal API token, so a district's scripts carry no password. Only the token's SHA-256 is kept: the token is
 * random and long, so a fast hash is enough, and a stolen database yields no usable token.
 */
@Entity
@Table(name = "API_TOKEN", indexes = @Index(name = "API_TOKEN_OWNER", columnList = "USERNAME"))
public class ApiToken {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String id, String username, String name, String tokenHash, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public void revoke(Instant at) {
        revokedAt = at;
    }
}
