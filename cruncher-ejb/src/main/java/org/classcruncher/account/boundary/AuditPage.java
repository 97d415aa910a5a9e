package org.classcruncher.account.boundary;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param items the entries on this page, newest first
 * @param page  its number, from 0
 * @param size  the page size asked for
 * @param total how many entries match the filter in all
 */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
