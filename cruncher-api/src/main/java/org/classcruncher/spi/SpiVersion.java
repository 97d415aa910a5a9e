package org.classcruncher.spi;

/**
 * The version of this SPI. A plugin jar states the version it was built for in its manifest
 * ({@value #MANIFEST_ATTRIBUTE}: {@value #CURRENT}); the server refuses a jar built for another major version,
 * whose classes would fail in the middle of a solve. Minor versions only add {@code default} methods, so a jar built
 * for any 1.x works: 1.1 added {@link ObjectiveWeighting#levelOrder()}, 1.2 the balance levels it may name
 * ({@code largestClass}, {@code evenness}, {@code largestFullness}), 1.3 {@link PlanRule} and the level
 * {@code overTarget}, 1.4 {@link ClassSizePolicy#target} and
 * {@link PlanLimit#supportedCountAs}.
 */
public final class SpiVersion {

    public static final int CURRENT = 1;
    public static final String MANIFEST_ATTRIBUTE = "Class-Cruncher-SPI";

    private SpiVersion() {
    }

    /** Whether a jar that states {@code stated} (e.g. "1" or "1.2") works with this SPI. */
    public static boolean compatible(String stated) {
        String major = stated.strip().split("\\.")[0];
        return major.equals(String.valueOf(CURRENT));
    }
}
