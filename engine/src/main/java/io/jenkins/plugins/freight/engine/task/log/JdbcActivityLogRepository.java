package io.jenkins.plugins.freight.engine.task.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link ActivityLogRepository} on {@code task_log_blocks} and {@code task_log_lines}. */
public final class JdbcActivityLogRepository implements ActivityLogRepository {

    private static final String BLOCK_COLUMNS =
            "task_id, block_id, parent_id, name, status, started, ended, show_at_summary,"
                    + " progress_percentage, progress_message";

    private static final RowMapper<BlockRow> BLOCK =
            (rs, ctx) ->
                    new BlockRow(
                            rs.getString("task_id"),
                            rs.getString("block_id"),
                            rs.getString("parent_id"),
                            rs.getString("name"),
                            ActivityStatus.valueOf(rs.getString("status")),
                            instant(rs, "started"),
                            instant(rs, "ended"),
                            rs.getBoolean("show_at_summary"),
                            rs.getInt("progress_percentage"),
                            rs.getString("progress_message"));

    private static final RowMapper<LogElement> LINE =
            (rs, ctx) ->
                    new LogElement(
                            rs.getLong("line_number"),
                            rs.getString("block_id"),
                            LogCategory.valueOf(rs.getString("category")),
                            instant(rs, "occurred_at"),
                            rs.getString("message_text"),
                            rs.getString("detail"));

    private static final String LINE_COLUMNS =
            "line_number, block_id, category, occurred_at, message_text, detail";

    @Override
    public BlockRow insertBlock(
            Handle handle, String taskId, String parentId, String name, boolean showAtSummary) {
        long number =
                handle.createQuery("SELECT nextval('seq_task_log_blocks')").mapTo(Long.class).one();
        String blockId = taskId + "_" + number;
        handle.createUpdate(
                        "INSERT INTO task_log_blocks (task_id, block_id, block_number, parent_id,"
                                + " name, status, show_at_summary) VALUES (:task, :block, :number,"
                                + " :parent, :name, 'Pending', :summary)")
                .bind("task", taskId)
                .bind("block", blockId)
                .bind("number", number)
                .bind("parent", parentId)
                .bind("name", name)
                .bind("summary", showAtSummary)
                .execute();
        return new BlockRow(
                taskId,
                blockId,
                parentId,
                name,
                ActivityStatus.Pending,
                null,
                null,
                showAtSummary,
                0,
                null);
    }

    @Override
    public void updateStatus(
            Handle handle,
            String taskId,
            String blockId,
            ActivityStatus status,
            Instant started,
            Instant ended) {
        handle.createUpdate(
                        "UPDATE task_log_blocks SET status = :status, started = :started,"
                                + " ended = :ended WHERE task_id = :task AND block_id = :block")
                .bind("status", status.name())
                .bind("started", utc(started))
                .bind("ended", utc(ended))
                .bind("task", taskId)
                .bind("block", blockId)
                .execute();
    }

    @Override
    public void updateProgress(
            Handle handle, String taskId, String blockId, int percentage, String message) {
        handle.createUpdate(
                        "UPDATE task_log_blocks SET progress_percentage = :pct, progress_message ="
                                + " :msg WHERE task_id = :task AND block_id = :block")
                .bind("pct", percentage)
                .bind("msg", message)
                .bind("task", taskId)
                .bind("block", blockId)
                .execute();
    }

    @Override
    public void appendLines(Handle handle, String taskId, List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        PreparedBatch batch =
                handle.prepareBatch(
                        "INSERT INTO task_log_lines (line_number, task_id, block_id, category,"
                                + " occurred_at, message_text, detail) VALUES"
                                + " (nextval('seq_task_log_lines'), :task, :block, :category,"
                                + " :at, :text, :detail)");
        for (NewLine line : lines) {
            batch.bind("task", taskId)
                    .bind("block", line.blockId())
                    .bind("category", line.category().name())
                    .bind("at", utc(line.occurredAt()))
                    .bind("text", line.messageText())
                    .bind("detail", line.detail())
                    .add();
        }
        batch.execute();
    }

    @Override
    public String rootBlockId(Handle handle, String taskId) {
        return handle.createQuery(
                        "SELECT block_id FROM task_log_blocks WHERE task_id = :task"
                                + " AND parent_id IS NULL ORDER BY block_number")
                .bind("task", taskId)
                .mapTo(String.class)
                .first();
    }

    @Override
    public List<BlockRow> blocks(Handle handle, String taskId) {
        return handle.createQuery(
                        "SELECT "
                                + BLOCK_COLUMNS
                                + " FROM task_log_blocks WHERE task_id = :task"
                                + " ORDER BY block_number")
                .bind("task", taskId)
                .map(BLOCK)
                .list();
    }

    @Override
    public List<LogElement> lines(Handle handle, String taskId) {
        return handle.createQuery(
                        "SELECT "
                                + LINE_COLUMNS
                                + " FROM task_log_lines WHERE task_id = :task"
                                + " ORDER BY line_number")
                .bind("task", taskId)
                .map(LINE)
                .list();
    }

    @Override
    public List<LogElement> linesAfter(Handle handle, String taskId, long afterNumber, int limit) {
        return handle.createQuery(
                        "SELECT "
                                + LINE_COLUMNS
                                + " FROM task_log_lines WHERE task_id = :task"
                                + " AND line_number > :after ORDER BY line_number LIMIT :limit")
                .bind("task", taskId)
                .bind("after", afterNumber)
                .bind("limit", limit)
                .map(LINE)
                .list();
    }

    @Override
    public void closeOpenBlocks(
            Handle handle,
            String taskId,
            ActivityStatus root,
            ActivityStatus running,
            ActivityStatus pending,
            Instant now) {
        handle.createUpdate(
                        "UPDATE task_log_blocks SET status = CASE WHEN parent_id IS NULL THEN"
                                + " :root WHEN status = 'Running' THEN :running ELSE :pending END,"
                                + " started = COALESCE(started, :now), ended = COALESCE(ended,"
                                + " :now) WHERE task_id = :task AND (parent_id IS NULL OR status"
                                + " IN ('Pending', 'Running'))")
                .bind("root", root.name())
                .bind("running", running.name())
                .bind("pending", pending.name())
                .bind("now", utc(now))
                .bind("task", taskId)
                .execute();
    }

    @Override
    public void reset(Handle handle, String taskId) {
        handle.createUpdate("DELETE FROM task_log_lines WHERE task_id = :task")
                .bind("task", taskId)
                .execute();
        handle.createUpdate(
                        "DELETE FROM task_log_blocks WHERE task_id = :task AND parent_id IS NOT"
                                + " NULL")
                .bind("task", taskId)
                .execute();
        handle.createUpdate(
                        "UPDATE task_log_blocks SET status = 'Pending', started = NULL, ended ="
                                + " NULL, progress_percentage = 0, progress_message = NULL"
                                + " WHERE task_id = :task")
                .bind("task", taskId)
                .execute();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
