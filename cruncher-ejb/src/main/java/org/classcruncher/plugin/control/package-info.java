/**
 * Discovery of policy plugins ({@link org.classcruncher.spi.ObjectiveWeighting},
 * {@link org.classcruncher.spi.BalancingRule}) with {@link java.util.ServiceLoader}: built-ins and the jars of the
 * plugins folder, each jar in its own class loader, failures reported per jar.
 */
package org.classcruncher.plugin.control;
