package io.jenkins.plugins.freight.engine.task.log;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Stored activity logs: block rows (updated in place) and line rows (append-only). */
public interface ActivityLogRepository {

    /** Creates a block with a new id ({@code <taskId>_<n>}). */
    BlockRow insertBlock(
            Handle handle, String taskId, String parentId, String name, boolean showAtSummary);

    void updateStatus(
            Handle handle,
            String taskId,
            String blockId,
            ActivityStatus status,
            Instant started,
            Instant ended);

    void updateProgress(
            Handle handle, String taskId, String blockId, int percentage, String message);

    /** Appends lines in one batch, numbered in order. */
    void appendLines(Handle handle, String taskId, List<NewLine> lines);

    /** The id of the task's root block. */
    String rootBlockId(Handle handle, String taskId);

    /** Every block of the task, in creation order. */
    List<BlockRow> blocks(Handle handle, String taskId);

    /** Every line of the task, in order. */
    List<LogElement> lines(Handle handle, String taskId);

    /** Lines numbered after {@code afterNumber}, in order, at most {@code limit}. */
    List<LogElement> linesAfter(Handle handle, String taskId, long afterNumber, int limit);

    /**
     * Ends every unfinished block of a finished task: Running blocks get {@code running}, Pending
     * blocks {@code pending}; the root block gets {@code root}.
     */
    void closeOpenBlocks(
            Handle handle,
            String taskId,
            ActivityStatus root,
            ActivityStatus running,
            ActivityStatus pending,
            Instant now);

    /** Removes the whole log except the root block, which goes back to Pending (rerun). */
    void reset(Handle handle, String taskId);

    /** A stored block. */
    record BlockRow(
            String taskId,
            String blockId,
            String parentId,
            String name,
            ActivityStatus status,
            Instant started,
            Instant ended,
            boolean showAtSummary,
            int progressPercentage,
            String progressMessage) {}

    /** A line to append (already masked). */
    record NewLine(
            String blockId,
            LogCategory category,
            Instant occurredAt,
            String messageText,
            String detail) {}
}
