package org.classcruncher.account.boundary;

/**
 * A school of the district.
 *
 * @param id   short and stable: lower-case letters, digits and '-', 2 to 64 characters, e.g. {@code riverside}
 * @param name its name as people write it
 */
public record SchoolView(String id, String name) {
}
