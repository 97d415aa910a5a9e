package org.classcruncher.account.control;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.classcruncher.account.entity.AuditEntry;

/**
 * Records who submitted, cancelled and exported solves, failed to log in, managed accounts and schools, and
 * changed plugins.
 * An entry joins the caller's transaction and commits with the work it records, so the log never names work that
 * did not happen. Not in a transaction of its own (REQUIRES_NEW): inside the caller's, that suspends the caller's
 * transaction, and Payara's pool then puts the suspended transaction's connection back twice and later gives it to
 * two transactions at once.
 */
@Stateless
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
