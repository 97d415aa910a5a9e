package org.classcruncher.account.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.entity.AuditEntry;

/**
 * Records who submitted, cancelled and exported solves, logged in or failed to, managed accounts and schools, and
 * changed plugins; and reads the entries back, filtered and a page at a time.
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

    /**
     * Which entries to read; each part left {@code null} takes all.
     *
     * @param actor  exactly this actor
     * @param action exactly this action (an {@link AuditAction}'s name)
     * @param from   at or after this instant
     * @param to     before this instant
     */
    public record Filter(String actor, String action, Instant from, Instant to) {

        /** Every entry. */
        public static final Filter ALL = new Filter(null, null, null, null);

        /** The JPQL condition, empty when there is none. */
        String where(String alias) {
            List<String> conditions = new ArrayList<>();
            if (actor != null) {
                conditions.add(alias + ".actor = :actor");
            }
            if (action != null) {
                conditions.add(alias + ".action = :action");
            }
            if (from != null) {
                conditions.add(alias + ".at >= :from");
            }
            if (to != null) {
                conditions.add(alias + ".at < :to");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(TypedQuery<?> query) {
            if (actor != null) {
                query.setParameter("actor", actor);
            }
            if (action != null) {
                query.setParameter("action", action);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
        }
    }

    /** The entries that match, newest first (ties by id, so pages never overlap), from {@code first} on. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> page(Filter filter, int first, int max) {
        TypedQuery<AuditEntry> query = entityManager.createQuery("select e from AuditEntry e" + filter.where("e")
                + " order by e.at desc, e.id desc", AuditEntry.class);
        filter.bind(query);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many entries match. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(Filter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(e) from AuditEntry e" + filter.where("e"),
                Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }
}
