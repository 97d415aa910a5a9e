package org.classcruncher.solve.entity;

import java.time.Instant;
import java.util.Map;

import org.classcruncher.api.SolveStatus;

/**
 * Which solves to list: a page of a given size, sorted by one column, filtered by school name, status and date.
 *
 * @param page          0 for the first page, at most {@value #LAST_PAGE}
 * @param size          solves per page, 1 to {@value #LARGEST_PAGE}
 * @param sort          {@code submittedAt} (default), {@code school} or {@code status}
 * @param descending    newest (or last) first; the default
 * @param text          part of the school's name, any case, or {@code null}
 * @param status        only solves with this status, or {@code null}
 * @param submittedFrom only solves submitted at or after this instant, or {@code null}
 */
public record SolveQuery(int page, int size, String sort, boolean descending, String text, SolveStatus status,
                         Instant submittedFrom) {

    public static final int LARGEST_PAGE = 200;

    /** The highest page number: keeps {@code page * size} far from overflowing. */
    public static final int LAST_PAGE = 1_000_000;

    /** The sort columns, as a request names them. */
    public static final java.util.List<String> SORTS = java.util.List.of("submittedAt", "school", "status");

    private static final Map<String, String> COLUMNS = Map.of(
            "submittedAt", "submittedAt", "school", "schoolName", "status", "status");

    public SolveQuery {
        if (page < 0 || page > LAST_PAGE) {
            throw new IllegalArgumentException("page must be between 0 and " + LAST_PAGE);
        }
        if (size < 1 || size > LARGEST_PAGE) {
            throw new IllegalArgumentException("size must be between 1 and " + LARGEST_PAGE);
        }
        sort = sort == null ? "submittedAt" : sort;
        if (!COLUMNS.containsKey(sort)) {
            throw new IllegalArgumentException("sort must be one of submittedAt, school, status");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The JPQL order clause, ties broken by id so pages never overlap. */
    public String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return alias + "." + COLUMNS.get(sort) + direction + ", " + alias + ".id" + direction;
    }
}
