/**
 * The policy plugin SPI: small interfaces a district implements in its own jar and registers in
 * {@code META-INF/services}, found with {@link java.util.ServiceLoader}.
 */
package org.classcruncher.spi;
