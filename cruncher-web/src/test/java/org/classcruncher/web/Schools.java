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
                List.of(new GradeSpec("K", 32, 10, 25, null), new GradeSpec("1", 57, 10, 25, null),
                        new GradeSpec("2", 21, 10, 25, null)),
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

    /**
     * A K-6 school of 166 children and 8 teachers, K/1 allowed, three plans asked for: feasible with room for
     * what-ifs either way, a comparison and charts to show.
     */
    static String k6(String name) {
        return """
                {"name": "%s", "teachers": 8, "minSubclassSize": 4, "grades": [
                  {"grade": "K", "children": 22, "minClassSize": 12, "maxClassSize": 24},
                  {"grade": "1", "children": 25, "minClassSize": 12, "maxClassSize": 26},
                  {"grade": "2", "children": 24, "minClassSize": 12, "maxClassSize": 26},
                  {"grade": "3", "children": 23, "minClassSize": 12, "maxClassSize": 28},
                  {"grade": "4", "children": 26, "minClassSize": 12, "maxClassSize": 28},
                  {"grade": "5", "children": 21, "minClassSize": 12, "maxClassSize": 28},
                  {"grade": "6", "children": 25, "minClassSize": 12, "maxClassSize": 28}],
                 "composites": [{"grades": ["K", "1"]}], "options": {"alternatives": 3, "timeLimitSeconds": 20}}
                """.formatted(name);
    }

    /** The K-6 school a principal tried: K-3 in classes of 15-24, 4-6 of 15-30; 2/3, 4/5 and 5/6 allowed. */
    static String principalsK6(int teachers) {
        return """
                {"name": "K-6 of 394", "teachers": %d, "minSubclassSize": 6,
                 "grades": [{"grade": "K", "children": 58, "minClassSize": 15, "maxClassSize": 24},
                            {"grade": "1", "children": 62, "minClassSize": 15, "maxClassSize": 24},
                            {"grade": "2", "children": 55, "minClassSize": 15, "maxClassSize": 24},
                            {"grade": "3", "children": 61, "minClassSize": 15, "maxClassSize": 24},
                            {"grade": "4", "children": 49, "minClassSize": 15, "maxClassSize": 30},
                            {"grade": "5", "children": 57, "minClassSize": 15, "maxClassSize": 30},
                            {"grade": "6", "children": 52, "minClassSize": 15, "maxClassSize": 30}],
                 "composites": [{"grades": ["2", "3"]}, {"grades": ["4", "5"]}, {"grades": ["5", "6"]}]}
                """.formatted(teachers);
    }
}
