package org.classcruncher.health.boundary;

import java.util.List;
import java.util.Map;

/**
 * Whether the server can do its work, in MicroProfile Health's shape: {@code UP} when every check is.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param checks each check with its own status and figures
 */
public record HealthReport(String status, List<Check> checks) {

    /** One check: a name, {@code UP} or {@code DOWN}, and what it saw. */
    public record Check(String name, String status, Map<String, Object> data) {

        static Check up(String name, Map<String, Object> data) {
            return new Check(name, "UP", data);
        }

        static Check down(String name, String error) {
            return new Check(name, "DOWN", Map.of("error", String.valueOf(error)));
        }

        boolean up() {
            return "UP".equals(status);
        }
    }

    static HealthReport of(List<Check> checks) {
        return new HealthReport(checks.stream().allMatch(check -> check.up()) ? "UP" : "DOWN", checks);
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
