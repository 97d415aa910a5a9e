package org.classcruncher.solve.entity;

import java.util.List;

import org.classcruncher.solve.entity.SolveSummary;

/**
 * One page of the solve list.
 *
 * @param items the solves on this page
 * @param page  its number, from 0
 * @param size  the page size asked for
 * @param total how many solves match the filter in all
 */
public record SolvePage(List<SolveSummary> items, int page, int size, long total) {

    public SolvePage {
        items = List.copyOf(items);
    }
}
