package org.classcruncher.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    private final JdbcDataSource database = new JdbcDataSource();

    SchemaMigrationTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void createsTheSchemaOnAnEmptyDatabaseWithInstantsAsTimestamps() throws SQLException {
        var result = SchemaMigration.toNewest(database);

        assertThat(result.targetSchemaVersion).isEqualTo("9");
        try (Connection connection = database.getConnection()) {
            for (var column : V2__InstantsAsTimestamps.COLUMNS) {
                if (!column.column().equals("LOCKED_UNTIL")) {
                    assertThat(Tables.columnType(connection, column.table(), column.column()))
                            .as(column.table() + "." + column.column()).contains(Types.TIMESTAMP);
                }
            }
            assertThat(Tables.columnType(connection, "ACCOUNT", "LOCKED_UNTIL")).as("dropped by V4").isEmpty();
            assertThat(Tables.columnType(connection, "ACCOUNT", "FAILED_LOGINS")).as("dropped by V4").isEmpty();
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "ATTEMPTS")).contains(Types.INTEGER);
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "SCENARIO")).as("added by V6").contains(Types.VARCHAR);
            assertThat(Tables.columnType(connection, "SCHOOL_INPUTS", "VERSION")).as("added by V6")
                    .contains(Types.INTEGER);
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "LEASE_UNTIL")).as("added by V7")
                    .contains(Types.TIMESTAMP);
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "CLAIM")).as("added by V7").contains(Types.BIGINT);
            assertThat(Tables.columnType(connection, "CLUSTER_LOCK", "HELD_UNTIL")).as("added by V7")
                    .contains(Types.TIMESTAMP);
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "MESSAGE")).as("added by V8").contains(Types.VARCHAR);
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "PLAN_COUNT")).as("added by V8")
                    .contains(Types.INTEGER);
        }
    }

    @Test
    void fillsTheStateColumnsOfTheJobsAlreadyThereFromTheirResults() throws SQLException {
        Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(database)
                .locations("classpath:org/classcruncher/schema/migration")
                .javaMigrations(new V2__InstantsAsTimestamps())
                .target("7")
                .load()
                .migrate();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO SOLVE_JOB (ID, SCHOOL_NAME, STATUS, SUBMITTED_AT, REQUEST_JSON, RESULT_JSON) "
                    + "VALUES ('solved', 'Riverside', 'SOLVED', CURRENT_TIMESTAMP, '{}', '{\"status\": \"SOLVED\", "
                    + "\"plans\": [{\"rank\": 1}, {\"rank\": 2}], \"message\": \"Run again: node-2 stopped.\", "
                    + "\"timings\": {\"solveMillis\": 42}}')");
            statement.execute("INSERT INTO SOLVE_JOB (ID, SCHOOL_NAME, STATUS, SUBMITTED_AT, REQUEST_JSON, RESULT_JSON) "
                    + "VALUES ('queued', 'Hillside', 'QUEUED', CURRENT_TIMESTAMP, '{}', '{\"status\": \"QUEUED\", "
                    + "\"plans\": [], \"timings\": {}}')");
        }

        SchemaMigration.toNewest(database);

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT ID, MESSAGE, SOLVE_MILLIS, PLAN_COUNT FROM SOLVE_JOB ORDER BY ID")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("queued");
            assertThat(rows.getString(2)).isNull();
            assertThat(rows.getObject(3)).isNull();
            assertThat(rows.getInt(4)).isZero();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("Run again: node-2 stopped.");
            assertThat(rows.getLong(3)).isEqualTo(42);
            assertThat(rows.getInt(4)).isEqualTo(2);
        }
    }

    @Test
    void migratesADatabaseEclipseLinkCreatedKeepingEveryInstant() throws Exception {
        Instant submitted = Instant.parse("2026-11-20T08:15:30.123Z");
        Instant created = Instant.parse("2026-10-01T00:00:00Z");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SOLVE_JOB (ID VARCHAR(36) NOT NULL PRIMARY KEY, SCHOOL_NAME VARCHAR(200) "
                    + "NOT NULL, STATUS VARCHAR(16) NOT NULL, SUBMITTED_AT VARBINARY(255) NOT NULL, STARTED_AT BLOB, "
                    + "FINISHED_AT VARBINARY(255), REQUEST_JSON CLOB NOT NULL, RESULT_JSON CLOB NOT NULL, "
                    + "BATCH_ID VARCHAR(36), SCHOOL_ID VARCHAR(64), SUBMITTED_BY VARCHAR(64), VERSION BIGINT)");
            statement.execute("CREATE INDEX SOLVE_JOB_SUBMITTED ON SOLVE_JOB (SUBMITTED_AT)");
            statement.execute("CREATE TABLE SCHOOL (ID VARCHAR(64) NOT NULL PRIMARY KEY, NAME VARCHAR(200) NOT NULL, "
                    + "CREATED_AT BLOB NOT NULL)");
            statement.execute("CREATE TABLE ACCOUNT (USERNAME VARCHAR(64) NOT NULL PRIMARY KEY, PASSWORD_HASH "
                    + "VARCHAR(512) NOT NULL, ROLE VARCHAR(20) NOT NULL, MUST_CHANGE_PASSWORD BOOLEAN NOT NULL, "
                    + "FAILED_LOGINS INTEGER NOT NULL, LOCKED_UNTIL BLOB, CREATED_AT BLOB NOT NULL, VERSION BIGINT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SOLVE_JOB (ID, SCHOOL_NAME, "
                    + "STATUS, SUBMITTED_AT, STARTED_AT, FINISHED_AT, REQUEST_JSON, RESULT_JSON) "
                    + "VALUES ('job-1', 'Riverside', 'SOLVED', ?, NULL, ?, '{}', '{}')")) {
                insert.setBytes(1, serialized(submitted));
                insert.setBytes(2, serialized(submitted.plusSeconds(2)));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SCHOOL (ID, NAME, CREATED_AT) VALUES ('riverside', 'Riverside', ?)")) {
                insert.setBytes(1, serialized(created));
                insert.executeUpdate();
            }
        }

        SchemaMigration.toNewest(database);

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(Tables.columnType(connection, "SOLVE_JOB", "SUBMITTED_AT")).contains(Types.TIMESTAMP);
            assertThat(Tables.columnType(connection, "SCHOOL", "CREATED_AT")).contains(Types.TIMESTAMP);
            try (ResultSet row = statement.executeQuery(
                    "SELECT SUBMITTED_AT, STARTED_AT, FINISHED_AT, ATTEMPTS FROM SOLVE_JOB WHERE ID = 'job-1'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC)).isEqualTo(submitted);
                assertThat(row.getTimestamp(2)).isNull();
                assertThat(row.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC))
                        .isEqualTo(submitted.plusSeconds(2));
                assertThat(row.getInt(4)).isZero();
            }
            try (ResultSet row = statement.executeQuery("SELECT CREATED_AT FROM SCHOOL")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC)).isEqualTo(created);
            }
            try (ResultSet indexed = connection.getMetaData().getIndexInfo(null, null, "SOLVE_JOB", false, false)) {
                boolean found = false;
                while (indexed.next()) {
                    found |= "SOLVE_JOB_SUBMITTED".equals(indexed.getString("INDEX_NAME"));
                }
                assertThat(found).as("the index on SUBMITTED_AT is kept").isTrue();
            }
        }
    }

    @Test
    void runsNothingTheSecondTime() {
        SchemaMigration.toNewest(database);

        assertThat(SchemaMigration.toNewest(database).migrationsExecuted).isZero();
    }

    private static byte[] serialized(Instant instant) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(instant);
        }
        return bytes.toByteArray();
    }
}
