package org.classcruncher.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides when a token's last use is worth writing down: at most once a {@link #PERIOD} per token, and only by one
 * of the requests that use it at the same moment, so concurrent calls with one token never queue on its row. In
 * memory, for one node (on several, each writes at most once a period).
 */
@ApplicationScoped
public class TokenUse {

    static final Duration PERIOD = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> claimed = new ConcurrentHashMap<>();

    /**
     * Whether this request should write {@code now} as the token's last use: not when the stored value is less than
     * a period old, nor when another request claimed the write less than a period ago.
     */
    public boolean due(String tokenId, Instant storedLastUse, Instant now) {
        Instant recent = now.minus(PERIOD);
        if (storedLastUse != null && storedLastUse.isAfter(recent)) {
            return false;
        }
        if (claimed.size() >= MAX_ENTRIES) {
            claimed.values().removeIf(at -> !at.isAfter(recent));
        }
        Instant[] mine = new Instant[1];
        claimed.compute(tokenId, (id, previous) -> {
            if (previous != null && previous.isAfter(recent)) {
                return previous;
            }
            mine[0] = now;
            return now;
        });
        return mine[0] != null;
    }

    /** How many tokens are remembered now (for tests). */
    int size() {
        return claimed.size();
    }
}
