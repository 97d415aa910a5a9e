package org.classcruncher.account.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AuditLog;
import org.classcruncher.solve.boundary.InvalidRequest;

/** The audit log for district admins: who did what, newest first. */
@Stateless
public class AuditTrail {

    @Inject
    AuditLog log;

    public List<AuditRecord> newest(Caller caller, int page, int size) {
        caller.requireDistrictAdmin("read the audit log");
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequest("size", "page is 0 or more; size is between 1 and 500");
        }
        return log.newest(page, size).stream().map(AuditRecord::of).toList();
    }
}
