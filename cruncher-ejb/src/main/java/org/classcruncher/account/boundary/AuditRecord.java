package org.classcruncher.account.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.classcruncher.account.entity.AuditEntry;

/** One line of the audit log, as district admins read it. */
public record AuditRecord(Instant at, String actor, String action, String target,
                          String detail) implements Serializable {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(entry.at(), entry.actor(), entry.action(), entry.target(), entry.detail());
    }
}
