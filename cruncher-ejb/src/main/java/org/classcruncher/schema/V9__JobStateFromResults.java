package org.classcruncher.schema;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the state columns V8 added (message, the planner's time, the number of plans) of the jobs already there,
 * from their result JSON, which until V8 held the whole solve: from now on each step writes those columns and the
 * result is read only for what the solve produced.
 */
class V9__JobStateFromResults extends BaseJavaMigration {

    /**
     * As {@code SolveJob.MESSAGE_LENGTH}, cut as {@code SolveJob.fitted} cuts; kept here so that the migration stays
     * what it was whatever the entity becomes.
     */
    private static final int MESSAGE_LENGTH = 4000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "SELECT ID, RESULT_JSON FROM SOLVE_JOB WHERE RESULT_JSON IS NOT NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE SOLVE_JOB SET MESSAGE = ?, SOLVE_MILLIS = ?, PLAN_COUNT = ? WHERE ID = ?")) {
            while (rows.next()) {
                JsonObject result = read(rows.getString(2));
                String message = result.get("message") instanceof JsonString text ? text.getString() : null;
                update.setString(1, message == null || message.length() <= MESSAGE_LENGTH ? message
                        : message.substring(0, MESSAGE_LENGTH - 1) + "…");
                JsonValue timings = result.get("timings");
                if (timings instanceof JsonObject times && times.get("solveMillis") instanceof JsonNumber millis) {
                    update.setLong(2, millis.longValue());
                } else {
                    update.setNull(2, Types.BIGINT);
                }
                update.setInt(3, result.get("plans") instanceof JsonArray plans ? plans.size() : 0);
                update.setString(4, rows.getString(1));
                update.executeUpdate();
            }
        }
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
