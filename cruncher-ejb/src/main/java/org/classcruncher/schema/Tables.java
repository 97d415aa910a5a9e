package org.classcruncher.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks up tables and columns in the database's metadata, whatever case it keeps unquoted names in (H2 upper,
 * PostgreSQL lower).
 */
final class Tables {

    private Tables() {
    }

    static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT), table}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The JDBC type ({@link java.sql.Types}) of the column, if the table has it. */
    static Optional<Integer> columnType(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (boolean upper : new boolean[] {true, false}) {
            String t = upper ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
            String c = upper ? column.toUpperCase(Locale.ROOT) : column.toLowerCase(Locale.ROOT);
            try (ResultSet columns = metaData.getColumns(null, null, t, c)) {
                if (columns.next()) {
                    return Optional.of(columns.getInt("DATA_TYPE"));
                }
            }
        }
        return Optional.empty();
    }
}
