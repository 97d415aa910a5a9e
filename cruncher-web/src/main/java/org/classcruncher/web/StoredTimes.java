package org.classcruncher.web;

import java.time.Instant;

/**
 * The instants a query may name, the API's and the portal's alike: years the database stores as they are (year −10⁹
 * made its converter fail, year +999,999,999 wrapped round to this year).
 */
public final class StoredTimes {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private StoredTimes() {
    }

    /** Whether the instant is from {@link #EARLIEST} to {@link #LATEST} (the moment after it too: a range's end). */
    public static boolean holds(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST.plusSeconds(1));
    }
}
