package org.classcruncher.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * How a plan came to be adjusted by hand.
 *
 * @param by   the user who adjusted it
 * @param from the rank of the plan the adjustment started from
 * @param at   when it was saved
 */
public record Adjustment(String by, int from, Instant at) implements Serializable {
}
