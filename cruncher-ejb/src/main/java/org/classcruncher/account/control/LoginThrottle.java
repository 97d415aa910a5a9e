package org.classcruncher.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed password checks by client address, so that failures lock out the client that makes them and not
 * the owner of the account. In memory, for one node; a restart forgets it.
 * <ul>
 *   <li><b>Address and account</b>: {@code cruncher.login.lockAfter} (5) failures in a row for one user name from
 *   one address refuse password checks of that name from that address for {@code cruncher.login.lockMinutes}
 *   (15). A success from that address starts the count afresh.</li>
 *   <li><b>Address</b>: {@code cruncher.login.addressLockAfter} (20) failures from one address, whatever the names,
 *   refuse every password check from it for the same time (a client trying many names).</li>
 *   <li><b>Account</b>: {@code cruncher.login.accountGuardAfter} (50) failures for one name from all addresses
 *   together put it under guard for the same time: an address that has failed for that name is refused at once,
 *   an address that has not is never refused, so the owner still logs in.</li>
 * </ul>
 * Counts end after {@code lockMinutes} without a failure. Names are counted whether an account exists or not, so
 * the answers do not tell which names exist. The map holds at most {@link #MAX_ENTRIES}; the least recently used
 * are forgotten first.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_ENTRIES = 20_000;
    private static final int MAX_KEY = 200;

    /** Whether a password check may go ahead, or when it may again; and the caller's failures in a row. */
    public record Verdict(Instant refusedUntil, int failuresInARow) {

        public boolean refused() {
            return refusedUntil != null;
        }
    }

    @Inject
    @ConfigProperty(name = "cruncher.login.lockAfter", defaultValue = "5")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "cruncher.login.lockMinutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "cruncher.login.addressLockAfter", defaultValue = "20")
    int addressLockAfter;

    @Inject
    @ConfigProperty(name = "cruncher.login.accountGuardAfter", defaultValue = "50")
    int accountGuardAfter;

    Clock clock = Clock.systemUTC();

    private Duration window;

    /**
     * Failures of one key: how many towards the next lock, how many in a row (what the delay grows with: a lock does
     * not start it afresh, so a locked name answers as slowly as a wrong password), the last one, and a lock if
     * there is one.
     */
    private static final class Count {
        int failures;
        int inARow;
        Instant last;
        Instant lockedUntil;
    }

    private final Map<String, Count> counts = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public LoginThrottle() {
    }

    /** Outside a container (tests): the given settings and clock. */
    public LoginThrottle(Clock clock, int lockAfter, int lockMinutes, int addressLockAfter, int accountGuardAfter) {
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockMinutes = lockMinutes;
        this.addressLockAfter = addressLockAfter;
        this.accountGuardAfter = accountGuardAfter;
        configure();
    }

    @PostConstruct
    void configure() {
        window = Duration.ofMinutes(lockMinutes);
    }

    /** Whether a password check of {@code username} from {@code address} may go ahead now. */
    public synchronized Verdict check(String address, String username) {
        Instant now = clock.instant();
        Count pair = live(pairKey(address, username), now);
        Count fromAddress = live(addressKey(address), now);
        Count account = live(accountKey(username), now);
        int inARow = pair == null ? 0 : pair.inARow;
        Instant until = latest(lockOf(pair, now), lockOf(fromAddress, now));
        if (pair != null && account != null && account.failures >= accountGuardAfter) {
            until = latest(until, account.last.plus(window));
        }
        return new Verdict(until, inARow);
    }

    /** Counts a failed check; the answer says whether this failure began a lock for the caller. */
    public synchronized Verdict failed(String address, String username) {
        Instant now = clock.instant();
        Count pair = count(pairKey(address, username), now);
        Count fromAddress = count(addressKey(address), now);
        Count account = count(accountKey(username), now);
        int inARow = pair.inARow;
        if (pair.failures >= lockAfter) {
            pair.lockedUntil = now.plus(window);
            pair.failures = 0;
        }
        if (fromAddress.failures >= addressLockAfter) {
            fromAddress.lockedUntil = now.plus(window);
            fromAddress.failures = 0;
        }
        Instant until = latest(lockOf(pair, now), lockOf(fromAddress, now));
        if (account.failures >= accountGuardAfter) {
            until = latest(until, now.plus(window));
        }
        return new Verdict(until, inARow);
    }

    /** A correct password from this address: its count for the name starts afresh (not the address's count). */
    public synchronized void succeeded(String address, String username) {
        counts.remove(pairKey(address, username));
    }

    /** A district admin's unlock: forgets every lock and count of the name, from every address. */
    public synchronized void release(String username) {
        String pairSuffix = "\u0000" + cut(username);
        counts.keySet().removeIf(key -> key.equals(accountKey(username))
                || key.startsWith("p\u0000") && key.endsWith(pairSuffix));
    }

    /** When the latest lock of the name (from any address, or its guard) ends, if one holds now. */
    public synchronized Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        String pairSuffix = "\u0000" + cut(username);
        Instant until = null;
        Count account = counts.get(accountKey(username));
        if (account != null && account.failures >= accountGuardAfter && now.isBefore(account.last.plus(window))) {
            until = account.last.plus(window);
        }
        for (Map.Entry<String, Count> entry : counts.entrySet()) {
            if (entry.getKey().startsWith("p\u0000") && entry.getKey().endsWith(pairSuffix)) {
                until = latest(until, lockOf(entry.getValue(), now));
            }
        }
        return Optional.ofNullable(until);
    }

    /** How many keys are held now (for tests). */
    synchronized int size() {
        return counts.size();
    }

    private Count live(String key, Instant now) {
        Count count = counts.get(key);
        if (count != null && expired(count, now)) {
            counts.remove(key);
            return null;
        }
        return count;
    }

    private Count count(String key, Instant now) {
        Count count = live(key, now);
        if (count == null) {
            count = new Count();
            counts.put(key, count);
        }
        if (count.lockedUntil != null && !now.isBefore(count.lockedUntil)) {
            count.lockedUntil = null;
        }
        count.failures++;
        count.inARow++;
        count.last = now;
        return count;
    }

    private boolean expired(Count count, Instant now) {
        boolean quiet = !now.isBefore(count.last.plus(window));
        boolean unlocked = count.lockedUntil == null || !now.isBefore(count.lockedUntil);
        return quiet && unlocked;
    }

    private static Instant lockOf(Count count, Instant now) {
        return count != null && count.lockedUntil != null && now.isBefore(count.lockedUntil) ? count.lockedUntil
                : null;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String pairKey(String address, String username) {
        return "p\u0000" + cut(address) + "\u0000" + cut(username);
    }

    private static String addressKey(String address) {
        return "a\u0000" + cut(address);
    }

    private static String accountKey(String username) {
        return "u\u0000" + cut(username);
    }

    private static String cut(String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_KEY ? value.substring(0, MAX_KEY) : value;
    }
}
