package io.jenkins.plugins.freight.engine.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code server_tasks} rows to {@link ServerTask}s, and the column conversions it needs. */
final class TaskRows implements RowMapper<ServerTask> {

    static final TaskRows MAPPER = new TaskRows();

    static final String COLUMNS =
            "id, space_id, name, description, arguments, state, queue_time, queue_time_expiry,"
                    + " start_time, completed_time, last_updated_time, server_node, error_message,"
                    + " has_pending_interruptions, has_warnings_or_errors, project_id,"
                    + " environment_id, tenant_id, concurrency_tag, progress_percentage,"
                    + " progress_message, change_version";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private TaskRows() {}

    /** By position in {@link #COLUMNS}: every query that maps tasks selects exactly those. */
    @Override
    public ServerTask map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ServerTask(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                readArguments(rs.getString(5)),
                TaskState.fromWireName(rs.getString(6)),
                instant(rs, 7),
                instant(rs, 8),
                instant(rs, 9),
                instant(rs, 10),
                instant(rs, 11),
                rs.getString(12),
                rs.getString(13),
                rs.getBoolean(14),
                rs.getBoolean(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19),
                rs.getInt(20),
                rs.getString(21),
                rs.getLong(22));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String writeArguments(Map<String, Object> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(
                    "Task arguments must be JSON values (text, numbers, booleans, lists, maps)");
        }
    }

    static Map<String, Object> readArguments(String json) {
        try {
            Map<String, Object> map = JSON.readValue(json, MAP);
            map.values().removeIf(java.util.Objects::isNull);
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task arguments are not valid JSON", e);
        }
    }
}
