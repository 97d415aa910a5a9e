package org.classcruncher.planner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.cli.SchoolFiles;

/** Schools from the benchmark set, copied into the test resources (read from the class path: a folder or a jar). */
public final class Schools {

    private Schools() {
    }

    public static SchoolRequest named(String name) {
        String resource = "/schools/" + name + ".json";
        try (InputStream in = Schools.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test school " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return SchoolFiles.read(reader, resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
