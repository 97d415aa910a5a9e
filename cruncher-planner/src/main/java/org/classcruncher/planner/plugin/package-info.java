/**
 * Discovery of policy plugins ({@link org.classcruncher.spi.ClassSizePolicy},
 * {@link org.classcruncher.spi.ObjectiveWeighting}, {@link org.classcruncher.spi.BalancingRule}) with
 * {@link java.util.ServiceLoader}: built-ins and the jars of the plugins folder, each jar checked against the
 * allow-list ({@link org.classcruncher.planner.plugin.PluginCode}) and loaded in its own class loader, failures
 * reported per jar.
 */
package org.classcruncher.planner.plugin;
