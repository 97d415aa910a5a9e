package org.classcruncher.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's log (Payara Micro's {@code --logtofile}, path in {@code cruncher.itServerLog}): its records since
 * a moment, and those that show an error: SEVERE, an EJB system exception, a timer given up, or a connection the pool
 * put back twice.
 */
final class ServerLog {

    private static final Pattern RECORD_START = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\] ",
            Pattern.MULTILINE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final List<Pattern> ERRORS = List.of(
            Pattern.compile("SEVERE"), Pattern.compile("levelValue: 1000\\]"),
            Pattern.compile("EJBException"), Pattern.compile("A system exception occurred during an invocation"),
            Pattern.compile("Expunging timer"), Pattern.compile("failed deliver"),
            Pattern.compile("RAR5031"), Pattern.compile("RAR7115"),
            // The pool put a connection back that was free already: it can then give it to two transactions at once.
            Pattern.compile("state.isBusy already set to false"));

    /** The log as Payara wrote it: its file handler adds a number to the name (".0", and more when it rotates). */
    static String text() throws IOException {
        Path named = Path.of(System.getProperty("cruncher.itServerLog"));
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(named.getParent())) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(named.getFileName() + "."))
                    .filter(file -> !file.getFileName().toString().endsWith(".lck")).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (text.isEmpty()) {
            throw new IOException("no server log next to " + named);
        }
        return text.toString();
    }

    /** The log's records stamped at or after {@code since} that show an error, but those {@code provoked} match. */
    static List<String> errorsSince(Instant since, List<Pattern> provoked) throws IOException {
        String log = text();
        List<String> errors = new ArrayList<>();
        Matcher start = RECORD_START.matcher(log);
        List<int[]> records = new ArrayList<>();
        while (start.find()) {
            records.add(new int[] {start.start(), start.start(1), start.end(1)});
        }
        if (records.stream().noneMatch(record -> !OffsetDateTime.parse(log.substring(record[1], record[2]), STAMP)
                .toInstant().isBefore(since))) {
            throw new IOException("no record of the server log since " + since + " could be read");
        }
        for (int i = 0; i < records.size(); i++) {
            int[] record = records.get(i);
            String text = log.substring(record[0], i + 1 < records.size() ? records.get(i + 1)[0] : log.length());
            Instant stamped = OffsetDateTime.parse(log.substring(record[1], record[2]), STAMP).toInstant();
            if (!stamped.isBefore(since) && ERRORS.stream().anyMatch(error -> error.matcher(text).find())
                    && provoked.stream().noneMatch(expected -> expected.matcher(text).find())) {
                errors.add(text.length() > 3000 ? text.substring(0, 3000) + " …" : text);
            }
        }
        System.out.println("Server log since " + since + ": " + errors.size() + " errors");
        return errors;
    }
}
