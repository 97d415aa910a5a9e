package org.classcruncher.web.portal;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.account.boundary.AuditTrail;
import org.classcruncher.web.security.CurrentCaller;

/** The audit log page for district admins: the newest entries (the REST API pages further back). */
@Named
@RequestScoped
public class AuditList {

    static final int SHOWN = 200;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    public List<AuditRecord> getEntries() {
        return audit.newest(caller.get(), 0, SHOWN);
    }
}
