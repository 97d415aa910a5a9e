package org.classcruncher.api;

/**
 * The policies a request that names none gets ({@code cruncher.policies.size}, {@code cruncher.policies.weighting});
 * {@code null}: none.
 */
public record DistrictDefaults(String sizePolicy, String weighting) {
}
