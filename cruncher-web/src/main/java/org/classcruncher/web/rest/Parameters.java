package org.classcruncher.web.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.web.StoredTimes;

/**
 * Query and path parameters read as text and checked here, so that every bad value is a 400 naming the parameter
 * (JAX-RS itself answers a query {@code int} it cannot parse with 404) and no internal name reaches the client. A
 * parameter left out or empty takes its default.
 */
final class Parameters {

    /** The longest free text accepted in a query (a search, a school id). */
    static final int MAX_TEXT = 200;

    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,10}");

    private Parameters() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when left out. */
    static int whole(String value, String name, int min, int max, int fallback) {
        if (absent(value)) {
            return fallback;
        }
        String text = value.strip();
        long number = DIGITS.matcher(text).matches() ? Long.parseLong(text) : Long.MIN_VALUE;
        if (number < min || number > max) {
            throw new InvalidRequest(name, name + " must be between " + min + " and " + max + ", not '"
                    + shown(value) + "'");
        }
        return (int) number;
    }

    /** One of {@code allowed}, any case, as written in {@code allowed}; {@code fallback} when left out. */
    static String oneOf(String value, String name, List<String> allowed, String fallback) {
        if (absent(value)) {
            return fallback;
        }
        return allowed.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequest(name, name + " must be one of " + String.join(", ", allowed)
                        + ", not '" + shown(value) + "'"));
    }

    /** A constant of {@code type} named in any case, or {@code null} when left out. */
    static <E extends Enum<E>> E constant(String value, String name, Class<E> type) {
        if (absent(value)) {
            return null;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String chosen = oneOf(value.toUpperCase(Locale.ROOT), name, names, null);
        return Enum.valueOf(type, chosen);
    }

    /**
     * An ISO-8601 instant such as {@code 2026-01-31T00:00:00Z} the database holds ({@link StoredTimes}), or
     * {@code null} when left out.
     */
    static Instant instant(String value, String name) {
        if (absent(value)) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, name + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z, not '"
                    + shown(value) + "'");
        }
        if (!StoredTimes.holds(instant) || instant.isAfter(StoredTimes.LATEST)) {
            throw new InvalidRequest(name, name + " must be from " + StoredTimes.EARLIEST + " to "
                    + StoredTimes.LATEST + ", not '" + shown(value) + "'");
        }
        return instant;
    }

    /** Free text of at most {@value #MAX_TEXT} characters, or {@code null} when left out. */
    static String text(String value, String name) {
        if (absent(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidRequest(name, name + " must have at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /**
     * {@code id} when it has the shape of the ids this server gives out (UUIDs); otherwise what {@code notFound}
     * makes of a shortened copy, so that a malformed id is "not found" like any unknown one.
     */
    static String uuid(String id, Function<String, RuntimeException> notFound) {
        if (id == null || !UUID_SHAPE.matcher(id).matches()) {
            throw notFound.apply(shown(id == null ? "" : id));
        }
        return id;
    }

    /** A value as an error message may show it: short, on one line. */
    static String shown(String value) {
        String line = value.chars().mapToObj(c -> Character.isISOControl(c) ? "?" : Character.toString(c))
                .collect(Collectors.joining());
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
