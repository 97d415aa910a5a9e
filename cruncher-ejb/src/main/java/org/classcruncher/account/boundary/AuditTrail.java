package org.classcruncher.account.boundary;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AuditLog;

/** The audit log for district admins: who did what, newest first, filtered and paged on the server. */
@Stateless
public class AuditTrail {

    @Inject
    AuditLog log;

    /** The entries the query asks for, and how many match it in all. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditPage page(Caller caller, AuditQuery query) {
        caller.requireDistrictAdmin("read the audit log");
        AuditLog.Filter filter = query.filter();
        List<AuditRecord> items = log.page(filter, query.page() * query.size(), query.size()).stream()
                .map(AuditRecord::of)
                .toList();
        return new AuditPage(items, query.page(), query.size(), log.count(filter));
    }
}
