package org.classcruncher.web.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.classcruncher.web.StoredTimes;

/**
 * A time an admin types to filter the audit log, read in UTC: a day ({@code 2026-01-31}), a day and time
 * ({@code 2026-01-31 08:00}, {@code 2026-01-31T08:00:30}) or an instant ({@code 2026-01-31T08:00:00Z}). As the start
 * of a range a day means its first moment; as the end, the day is included (the range ends when the next begins).
 */
final class TimeInput {

    static final String HINT = "Enter a day such as 2026-01-31, or a time in UTC such as 2026-01-31 08:00.";

    private TimeInput() {
    }

    /** The first moment the range includes, or {@code null} for none. */
    static Instant from(String typed) {
        return read(typed, false);
    }

    /** The first moment after the range, or {@code null} for none. */
    static Instant to(String typed) {
        return read(typed, true);
    }

    private static Instant read(String typed, boolean end) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Instant instant = parse(typed, end);
        if (!StoredTimes.holds(instant)) {
            throw new IllegalArgumentException("Enter a time from 1970 to 9999.");
        }
        return instant;
    }

    private static Instant parse(String typed, boolean end) {
        String text = typed.strip().replace(' ', 'T');
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                return Instant.parse(text.substring(0, text.length() - 1) + "Z");
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(HINT, e);
        }
    }
}
