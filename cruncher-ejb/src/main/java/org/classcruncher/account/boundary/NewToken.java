package org.classcruncher.account.boundary;

import java.time.Instant;

/**
 * A token just created: the only time its secret is shown.
 *
 * @param id        names the token for revoking it
 * @param name      what the owner called it
 * @param token     the secret, sent as {@code Authorization: Bearer <token>}
 * @param createdAt when it was created
 */
public record NewToken(String id, String name, String token, Instant createdAt) {
}
