package org.classcruncher.planner;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.cli.SchoolFiles;

/** Schools from the benchmark set, copied into the test resources. */
public final class Schools {

    private Schools() {
    }

    public static SchoolRequest named(String name) {
        try {
            return SchoolFiles.read(Path.of(Schools.class.getResource("/schools/" + name + ".json").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
