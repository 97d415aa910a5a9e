package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.classcruncher.schema.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim query ({@link SolveStore#CLAIMABLE}) on the migrated schema, on H2: which job a node takes next, and that
 * a job another transaction holds is skipped rather than waited for.
 */
class ClaimOrderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeEach
    void migrate() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.toNewest(database);
    }

    private void job(String id, String school, String status, int minute, LocalDateTime leaseUntil)
            throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO SOLVE_JOB (ID, SCHOOL_NAME, STATUS, "
                     + "SUBMITTED_AT, REQUEST_JSON, RESULT_JSON, SCHOOL_ID, LEASE_UNTIL) VALUES (?, 'x', ?, ?, '{}', "
                     + "'{}', ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, status);
            insert.setObject(3, NOW.minusHours(1).plusMinutes(minute));
            insert.setString(4, school);
            insert.setObject(5, leaseUntil);
            insert.executeUpdate();
        }
    }

    /** The ids the query answers in turn, each claimed (made RUNNING with a lease) before asking again. */
    private List<String> claimOrder(int claims) throws SQLException {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                String id = next(connection);
                if (id == null) {
                    break;
                }
                try (PreparedStatement claim = connection.prepareStatement("UPDATE SOLVE_JOB SET STATUS = 'RUNNING', "
                        + "LEASE_UNTIL = ? WHERE ID = ?")) {
                    claim.setObject(1, NOW.plusMinutes(1));
                    claim.setString(2, id);
                    claim.executeUpdate();
                }
                connection.commit();
                order.add(id);
            }
        }
        return order;
    }

    private static String next(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SolveStore.CLAIMABLE.replace("?1", "?"))) {
            query.setObject(1, NOW);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString("ID") : null;
            }
        }
    }

    @Test
    void takesTheSchoolWithTheFewestRunningSolvesFirstThenTheOldest() throws SQLException {
        job("a-running", "a", "RUNNING", 0, NOW.plusMinutes(1));
        job("a-1", "a", "QUEUED", 1, null);
        job("a-2", "a", "QUEUED", 2, null);
        job("a-3", "a", "QUEUED", 3, null);
        job("b-1", "b", "QUEUED", 4, null);
        job("district-1", null, "QUEUED", 5, null);

        // School a has one running: b and the district's work (none running) go first, oldest first; then a and b
        // alternate by their running counts.
        assertThat(claimOrder(10)).containsExactly("b-1", "district-1", "a-1", "a-2", "a-3");
    }

    @Test
    void takesARunningJobAgainOnlyOnceItsLeaseHasRunOut() throws SQLException {
        job("alive", "a", "RUNNING", 0, NOW.plusSeconds(10));
        job("dead", "b", "RUNNING", 1, NOW.minusSeconds(1));
        job("finished", "c", "SOLVED", 2, null);

        assertThat(claimOrder(10)).containsExactly("dead");
    }

    @Test
    void neverHandsAJobAnotherClaimerHoldsToASecondOneNorWaitsForIt() throws SQLException {
        job("first", "a", "QUEUED", 0, null);
        job("second", "b", "QUEUED", 1, null);
        try (Connection one = database.getConnection(); Connection other = database.getConnection()) {
            one.setAutoCommit(false);
            other.setAutoCommit(false);
            assertThat(next(one)).isEqualTo("first");
            long start = System.nanoTime();
            // While the first transaction holds "first", another is answered at once and not with it. (PostgreSQL
            // answers the next job, "second"; H2 applies the LIMIT before skipping and answers none: on H2 a node
            // has the database to itself, and its one claimer never meets another.)
            assertThat(next(other)).isNotEqualTo("first");
            assertThat(System.nanoTime() - start).as("answered without waiting for the lock").isLessThan(500_000_000L);
            one.rollback();
            other.rollback();
        }
    }
}
