package org.classcruncher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    @TempDir
    Path folder;

    @Test
    void findsTheErrorsSinceAMomentButThoseProvoked() throws IOException {
        Files.writeString(folder.resolve("server.log.0"), """
                [2026-12-01T09:00:00.000+0000] [] [SEVERE] [] [old] [levelValue: 1000] before the test
                [2026-12-01T10:00:00.000+0000] [] [INFO] [] [fine] [levelValue: 800] started
                [2026-12-01T10:00:01.000+0000] [] [WARNING] [] [ejb] [levelValue: 900] [[
                  jakarta.ejb.EJBException: Not a business method
                	at somewhere]]
                [2026-12-01T10:00:02.000+0000] [] [\u001B[1;91mSEVERE\u001B[0m] [] [x] [levelValue: 1000] on purpose
                [2026-12-01T10:00:03.000+0000] [] [INFO] [] [ejb] [levelValue: 800] EJB5119:Expunging timer ['2@@1']
                [2026-12-01T10:00:04.000+0000] [] [WARNING] [AS-EJB-00056] [ejb] [levelValue: 900] A system exception occurred during an invocation on EJB SolveStore
                [2026-12-01T10:00:04.000+0000] [] [WARNING] [] [ejb] [levelValue: 900] [[
                  jakarta.ejb.EJBException: Internal Exception: java.sql.SQLException: Connection closed]]
                [2026-12-01T10:00:05.000+0000] [] [WARNING] [] [pool] [levelValue: 900] state.isBusy already set to false for jdbc/__default#1
                [2026-12-01T10:00:06.000+0000] [] [WARNING] [] [web] [levelValue: 900] a warning that is no error
                """);
        Files.writeString(folder.resolve("server.log.0.lck"), "");
        System.setProperty("cruncher.itServerLog", folder.resolve("server.log").toString());

        List<String> errors = ServerLog.errorsSince(Instant.parse("2026-12-01T09:30:00Z"),
                List.of(Pattern.compile("on purpose")));

        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).contains("Not a business method");
        assertThat(errors.get(1)).contains("Expunging timer");
        assertThat(errors.get(2)).contains("A system exception occurred");
        assertThat(errors.get(3)).contains("Connection closed");
        assertThat(errors.get(4)).contains("state.isBusy already set to false");
    }
}
