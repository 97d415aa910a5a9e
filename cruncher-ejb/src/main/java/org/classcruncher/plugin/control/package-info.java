/**
 * The server's policy plugins: the registry that loads them from the plugins folder ({@code planner.plugin}), reloads
 * them when a jar changes, disables one that overruns its budget, and knows the district's defaults.
 */
package org.classcruncher.plugin.control;
