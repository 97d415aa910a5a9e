package org.classcruncher.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * EclipseLink 4 stored {@code Instant} fields as serialized Java objects in binary columns. This turns every such
 * column into a TIMESTAMP of the same name holding the instant in UTC, keeping its value, its NOT NULL and its
 * index. Columns that are timestamps already (a database created by V1) are left alone.
 */
class V2__InstantsAsTimestamps extends BaseJavaMigration {

    /** An instant column: its table, its name, the table's key, whether it is required, and its index if any. */
    record InstantColumn(String table, String column, String key, boolean required, String index) {
    }

    static final List<InstantColumn> COLUMNS = List.of(
            new InstantColumn("SOLVE_JOB", "SUBMITTED_AT", "ID", true, "SOLVE_JOB_SUBMITTED"),
            new InstantColumn("SOLVE_JOB", "STARTED_AT", "ID", false, null),
            new InstantColumn("SOLVE_JOB", "FINISHED_AT", "ID", false, null),
            new InstantColumn("SCHOOL", "CREATED_AT", "ID", true, null),
            new InstantColumn("ACCOUNT", "LOCKED_UNTIL", "USERNAME", false, null),
            new InstantColumn("ACCOUNT", "CREATED_AT", "USERNAME", true, null),
            new InstantColumn("API_TOKEN", "CREATED_AT", "ID", true, null),
            new InstantColumn("API_TOKEN", "LAST_USED_AT", "ID", false, null),
            new InstantColumn("API_TOKEN", "REVOKED_AT", "ID", false, null),
            new InstantColumn("AUDIT_ENTRY", "AT", "ID", true, "AUDIT_ENTRY_AT"));

    /** What an instant's serialized form names: its serial proxy and itself. */
    private static final Set<String> SERIALIZED_INSTANT = Set.of("java.time.Ser", "java.time.Instant");

    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (InstantColumn column : COLUMNS) {
            if (Tables.columnType(connection, column.table(), column.column()).filter(BINARY::contains).isPresent()) {
                convert(connection, column);
            }
        }
    }

    private static void convert(Connection connection, InstantColumn column) throws SQLException {
        String table = column.table();
        String converted = column.column() + "_UTC";
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ADD COLUMN " + converted + " TIMESTAMP");
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT " + column.key() + ", " + column.column() + " FROM " + table);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET " + converted + " = ? WHERE " + column.key() + " = ?")) {
            while (rows.next()) {
                byte[] serialized = rows.getBytes(2);
                if (serialized == null) {
                    update.setNull(1, Types.TIMESTAMP);
                } else {
                    // As a LocalDateTime, not a Timestamp: no trip through the server's time zone (and its DST gaps).
                    update.setObject(1, LocalDateTime.ofInstant(instant(serialized), ZoneOffset.UTC));
                }
                update.setString(2, rows.getString(1));
                update.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            if (column.index() != null) {
                statement.execute("DROP INDEX IF EXISTS " + column.index());
            }
            statement.execute("ALTER TABLE " + table + " DROP COLUMN " + column.column());
            statement.execute("ALTER TABLE " + table + " RENAME COLUMN " + converted + " TO " + column.column());
            if (column.required()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column.column() + " SET NOT NULL");
            }
            if (column.index() != null) {
                statement.execute("CREATE INDEX " + column.index() + " ON " + table + " (" + column.column() + ")");
            }
        }
    }

    /** Reads one serialized instant, refusing any other class: the bytes come from the database, not from us. */
    static Instant instant(byte[] serialized) throws SQLException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            in.setObjectInputFilter(info -> info.serialClass() == null
                    || SERIALIZED_INSTANT.contains(info.serialClass().getName())
                    ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED);
            return (Instant) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new SQLException("not a serialized instant: " + e, e);
        }
    }
}
