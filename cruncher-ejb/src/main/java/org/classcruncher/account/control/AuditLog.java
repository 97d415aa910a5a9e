package org.classcruncher.account.control;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.classcruncher.account.entity.AuditEntry;

/**
 * Records who submitted, cancelled and exported solves, failed to log in, managed accounts and schools, and
 * changed plugins.
 * Each entry commits on its own, so it is kept even when the work it describes fails afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {

    /** The actor of work the server does on its own (timers, start-up). */
    public static final String SERVER = "(server)";

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    public void record(String actor, AuditAction action, String target, String detail) {
        entityManager.persist(new AuditEntry(Instant.now(), actor, action.name(), target, detail));
    }

    /** The newest entries first, a page at a time. */
    public List<AuditEntry> newest(int page, int size) {
        return entityManager.createQuery("select e from AuditEntry e order by e.at desc", AuditEntry.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }
}
