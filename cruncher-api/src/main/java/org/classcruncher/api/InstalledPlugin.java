package org.classcruncher.api;

/**
 * A policy plugin the server found.
 *
 * @param id          the plugin's id
 * @param kind        "weighting", "balancing" or "size"
 * @param version     the plugin's own version
 * @param description what it does, in the plugin's words
 * @param source      "built-in" or the jar it came from
 */
public record InstalledPlugin(String id, String kind, String version, String description, String source) {
}
