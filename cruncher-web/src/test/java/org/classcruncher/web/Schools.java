package org.classcruncher.web;

import java.util.List;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/** Schools the integration tests submit. */
final class Schools {

    private Schools() {
    }

    /** A benchmark school from the test resources, as JSON text. */
    static String json(String name) {
        try (var in = Schools.class.getResourceAsStream("/schools/" + name + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The seed's worked example (32, 57 and 21 children in K, 1 and 2; K/1 allowed) with 6 teachers. */
    static SchoolRequest seedExample() {
        return new SchoolRequest("Seed example", 6, 5,
                List.of(new GradeSpec("K", 32, 10, 25), new GradeSpec("1", 57, 10, 25),
                        new GradeSpec("2", 21, 10, 25)),
                List.of(CompositeSpec.of("K", "1")), null);
    }

    /** The seed's worked example as JSON text, for requests that add options to it. */
    static String seedExampleJson() {
        return """
                {"name": "Seed example", "teachers": 6, "minSubclassSize": 5,
                 "grades": [{"grade": "K", "children": 32, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "1", "children": 57, "minClassSize": 10, "maxClassSize": 25},
                            {"grade": "2", "children": 21, "minClassSize": 10, "maxClassSize": 25}],
                 "composites": [{"grades": ["K", "1"]}]}
                """;
    }
}
