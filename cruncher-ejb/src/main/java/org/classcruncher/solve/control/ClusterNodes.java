package org.classcruncher.solve.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The nodes that share the database: each records its heartbeat, and work one node at a time must do
 * (housekeeping) is held by one node until a time, then taken over by any node. Plain SQL on two small tables
 * (CLUSTER_NODE, CLUSTER_LOCK), the same on PostgreSQL and H2.
 */
@Stateless
public class ClusterNodes {

    @PersistenceContext(unitName = "cruncher")
    EntityManager entityManager;

    /** A node of the service as its heartbeat shows it. */
    public record Member(String node, Instant startedAt, Instant seenAt) {
    }

    /** Records that {@code node}, started at {@code startedAt}, is alive at {@code now}. */
    public void heartbeat(String node, Instant startedAt, Instant now) {
        int seen = entityManager.createNativeQuery("UPDATE CLUSTER_NODE SET SEEN_AT = ?1, STARTED_AT = ?2 "
                        + "WHERE NODE_ID = ?3")
                .setParameter(1, utc(now)).setParameter(2, utc(startedAt)).setParameter(3, node)
                .executeUpdate();
        if (seen == 0) {
            entityManager.createNativeQuery("INSERT INTO CLUSTER_NODE (NODE_ID, STARTED_AT, SEEN_AT) VALUES (?1, ?2, ?3)")
                    .setParameter(1, node).setParameter(2, utc(startedAt)).setParameter(3, utc(now))
                    .executeUpdate();
        }
    }

    /** The nodes seen since {@code since}, by name. */
    public List<Member> seenSince(Instant since) {
        List<?> rows = entityManager.createNativeQuery("SELECT NODE_ID, STARTED_AT, SEEN_AT FROM CLUSTER_NODE "
                        + "WHERE SEEN_AT >= ?1 ORDER BY NODE_ID")
                .setParameter(1, utc(since))
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Member((String) row[0], instant(row[1]), instant(row[2])))
                .toList();
    }

    /** Forgets the nodes not seen since {@code before}. */
    public int forgetUnseenSince(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM CLUSTER_NODE WHERE SEEN_AT < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    /**
     * Takes or keeps the lock {@code name} for {@code node} until {@code until}, unless another node holds it past
     * {@code now}; answers whether {@code node} holds it.
     */
    public boolean hold(String name, String node, Instant now, Instant until) {
        return entityManager.createNativeQuery("UPDATE CLUSTER_LOCK SET HOLDER = ?1, HELD_UNTIL = ?2 WHERE NAME = ?3 "
                        + "AND (HOLDER IS NULL OR HOLDER = ?1 OR HELD_UNTIL IS NULL OR HELD_UNTIL < ?4)")
                .setParameter(1, node).setParameter(2, utc(until)).setParameter(3, name).setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    /**
     * Whether other nodes may share this database: not the embedded H2 of a single node (one process holds its
     * file), any other database.
     */
    public boolean shared() {
        try {
            return !entityManager.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName()
                    .equalsIgnoreCase("H2");
        } catch (java.sql.SQLException e) {
            return true;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) timestamp).toInstant(ZoneOffset.UTC);
    }
}
