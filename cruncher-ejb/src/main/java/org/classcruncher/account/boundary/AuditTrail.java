package org.classcruncher.account.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AuditLog;
import org.classcruncher.solve.boundary.InvalidRequest;

/** The audit log for district admins: who did what, newest first. */
@Stateless
public class AuditTrail {

    /** The most entries on one page. */
    public static final int LARGEST_PAGE = 500;

    /** The highest page number: keeps {@code page * size} far from overflowing. */
    public static final int LAST_PAGE = 1_000_000;

    @Inject
    AuditLog log;

    public List<AuditRecord> newest(Caller caller, int page, int size) {
        caller.requireDistrictAdmin("read the audit log");
        if (page < 0 || page > LAST_PAGE) {
            throw new InvalidRequest("page", "page must be between 0 and " + LAST_PAGE);
        }
        if (size < 1 || size > LARGEST_PAGE) {
            throw new InvalidRequest("size", "size must be between 1 and " + LARGEST_PAGE);
        }
        return log.newest(page, size).stream().map(AuditRecord::of).toList();
    }
}
