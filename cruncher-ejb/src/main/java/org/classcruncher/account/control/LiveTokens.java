package org.classcruncher.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The live tokens checked lately, by their hash, so that a script's calls do not each read the token from the
 * database: an entry is used for {@link #KEPT} at most, and dropped at once when its token is revoked or its account
 * deleted on this server. (Another server of a cluster sees a revocation within {@link #KEPT}.) Fewer transactions on
 * every call also keep Payara's connection pool out of the trouble it gets into when many calls with one token each
 * open several at once.
 */
@ApplicationScoped
public class LiveTokens {

    static final Duration KEPT = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 10_000;

    /** A live token as last read: its id, its owner, when it was last used, and when it was read. */
    public record Entry(String tokenId, String username, Instant lastUsedAt, Instant readAt) {
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    public Optional<Entry> find(String hash, Instant now) {
        Entry entry = byHash.get(hash);
        if (entry == null || !now.isBefore(entry.readAt().plus(KEPT))) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void remember(String hash, Entry entry) {
        if (byHash.size() >= MAX_ENTRIES) {
            Instant now = entry.readAt();
            byHash.values().removeIf(old -> !now.isBefore(old.readAt().plus(KEPT)));
            if (byHash.size() >= MAX_ENTRIES) {
                byHash.clear();
            }
        }
        byHash.put(hash, entry);
    }

    public void forgetToken(String tokenId) {
        byHash.values().removeIf(entry -> entry.tokenId().equals(tokenId));
    }

    public void forgetUser(String username) {
        byHash.values().removeIf(entry -> entry.username().equals(username));
    }
}
