package org.classcruncher.plugin.control;

/** A plugin that could not be loaded: where it came from and why. */
public record PluginProblem(String source, String error) {
}
