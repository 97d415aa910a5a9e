package org.classcruncher.account.boundary;

import java.time.Instant;

import org.classcruncher.account.entity.ApiToken;

/**
 * An API token as its owner sees it: never the secret, which is shown once, at creation.
 *
 * @param id         names the token in {@code DELETE /api/v1/tokens/{id}}
 * @param name       what the owner called it, e.g. "nightly batch script"
 * @param createdAt  when it was created
 * @param lastUsedAt when it last authenticated a request, if ever
 * @param revokedAt  when it was revoked, if it was
 */
public record TokenView(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt());
    }
}
