package org.classcruncher.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to which thing, and when. Never changed once written. */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = @Index(name = "AUDIT_ENTRY_AT", columnList = "AT"))
public class AuditEntry {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "TARGET", length = 200)
    private String target;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String target, String detail) {
        this.id = java.util.UUID.randomUUID().toString();
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }
}
