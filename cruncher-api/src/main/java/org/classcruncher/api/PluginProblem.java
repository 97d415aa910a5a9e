package org.classcruncher.api;

/** A plugin that could not be loaded: where it came from and why. */
public record PluginProblem(String source, String error) {
}
