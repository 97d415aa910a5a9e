package org.classcruncher.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.classcruncher.account.entity.ApiToken;

/** API tokens in the database, found by the hash of the secret a client presents. */
@Stateless
public class TokenStore {

    /** Marks the secrets as ours, so a leaked one is easy to recognise (e.g. by secret scanners). */
    public static final String PREFIX = "cct_";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    /** A new random secret: 256 bits, URL-safe. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public void add(ApiToken token) {
        entityManager.persist(token);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiToken> bySecret(String secret) {
        return entityManager.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hashOf(secret))
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiToken> byId(String id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ApiToken> of(String username) {
        return entityManager.createQuery("select t from ApiToken t where t.username = :user "
                        + "order by t.createdAt desc", ApiToken.class)
                .setParameter("user", username)
                .getResultList();
    }

    /** The tokens of an account that are not revoked (revoked ones are kept for the record but do not count). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long liveCount(String username) {
        return entityManager.createQuery("select count(t) from ApiToken t where t.username = :user "
                        + "and t.revokedAt is null", Long.class)
                .setParameter("user", username)
                .getSingleResult();
    }

    /**
     * Writes a token's last use. Called outside a transaction (Tokens.authenticate), so this is a short transaction
     * of its own and a request never holds the token's row while it works; the caller ignores a failure (it is
     * bookkeeping only).
     */
    public void recordUse(String id, Instant at) {
        ApiToken token = entityManager.find(ApiToken.class, id);
        if (token != null) {
            token.used(at);
        }
    }

    public void removeAllOf(String username) {
        entityManager.createQuery("delete from ApiToken t where t.username = :user")
                .setParameter("user", username)
                .executeUpdate();
    }
}
