package io.jenkins.plugins.freight.engine.task.log;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository.BlockRow;
import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository.NewLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ActivityLog} of one task run: lines and progress wait in memory and are stored in one
 * batch per {@link #flush()} (the task service flushes every open log at a short interval); block
 * creation and status changes are stored at once, after the lines written before them.
 */
public final class TaskActivityLog implements ActivityLog {

    private static final Logger LOG = LoggerFactory.getLogger(TaskActivityLog.class);

    /** Longest line text kept; longer text is cut. */
    static final int MAX_TEXT = 100_000;

    /** Lines kept in memory when the database cannot take them; beyond that, new lines are lost. */
    private static final int MAX_BUFFER = 50_000;

    private final Database database;
    private final ActivityLogRepository repository;
    private final String taskId;
    private final LogListener listener;
    private final Clock clock;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();
    private final ReentrantLock flushLock = new ReentrantLock();
    private final Object bufferLock = new Object();
    private List<NewLine> buffer = new ArrayList<>();
    private final Map<String, int[]> dirtyProgress = new LinkedHashMap<>();
    private final Map<String, String> dirtyProgressMessages = new LinkedHashMap<>();
    private volatile UnaryOperator<String> masker = UnaryOperator.identity();
    private volatile boolean closed;
    private final Block root;

    private TaskActivityLog(
            Database database,
            ActivityLogRepository repository,
            String taskId,
            LogListener listener,
            Clock clock,
            List<BlockRow> rows) {
        this.database = database;
        this.repository = repository;
        this.taskId = taskId;
        this.listener = listener;
        this.clock = clock;
        Block first = null;
        for (BlockRow row : rows) {
            Block block = new Block(this, row);
            blocks.put(row.blockId(), block);
            if (row.parentId() == null && first == null) {
                first = block;
            }
        }
        if (first == null) {
            throw new IllegalStateException("Task " + taskId + " has no root log block");
        }
        this.root = first;
    }

    /** Opens the log of a task whose root block exists (see {@link #createRoot}). */
    public static TaskActivityLog open(
            Database database,
            ActivityLogRepository repository,
            String taskId,
            LogListener listener,
            Clock clock) {
        List<BlockRow> rows = database.withHandle(h -> repository.blocks(h, taskId));
        return new TaskActivityLog(database, repository, taskId, listener, clock, rows);
    }

    /** Creates the root block of a new task inside the caller's transaction. */
    public static void createRoot(
            Handle handle, ActivityLogRepository repository, String taskId, String name) {
        repository.insertBlock(handle, taskId, null, name, true);
    }

    @Override
    public LogBlock root() {
        return root;
    }

    @Override
    public Optional<LogBlock> block(String id) {
        return Optional.ofNullable(blocks.get(id));
    }

    @Override
    public void useMasker(UnaryOperator<String> next) {
        UnaryOperator<String> before = masker;
        masker = text -> next.apply(before.apply(text));
    }

    @Override
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = masker.apply(text);
        return masked.length() > MAX_TEXT
                ? masked.substring(0, MAX_TEXT) + " … (truncated)"
                : masked;
    }

    /** Stops accepting lines after storing what is buffered (task finished). */
    public void close() {
        flush();
        closed = true;
    }

    /** Stops accepting lines and drops what is buffered (this node lost the task). */
    public void abandon() {
        closed = true;
        synchronized (bufferLock) {
            buffer = new ArrayList<>();
        }
    }

    @Override
    public void flush() {
        store(null);
    }

    void append(String blockId, LogCategory category, String message, String detail) {
        if (closed) {
            return;
        }
        NewLine line =
                new NewLine(
                        blockId,
                        category,
                        clock.instant(),
                        mask(message == null ? "" : message),
                        mask(detail));
        synchronized (bufferLock) {
            if (buffer.size() < MAX_BUFFER) {
                buffer.add(line);
            }
        }
    }

    void progress(String blockId, int percentage, String message) {
        if (closed) {
            return;
        }
        synchronized (bufferLock) {
            dirtyProgress.put(blockId, new int[] {Math.max(0, Math.min(100, percentage))});
            dirtyProgressMessages.put(blockId, mask(message));
        }
    }

    Block createChild(Block parent, String name, boolean showAtSummary) {
        String masked = mask(name == null ? "" : name);
        if (closed) {
            // the run is over: keep the handler going without storing anything more
            return new Block(
                    this,
                    new BlockRow(
                            taskId,
                            parent.id() + "_detached",
                            parent.id(),
                            masked,
                            ActivityStatus.Pending,
                            null,
                            null,
                            showAtSummary,
                            0,
                            null));
        }
        BlockRow[] created = new BlockRow[1];
        store(
                h ->
                        created[0] =
                                repository.insertBlock(
                                        h, taskId, parent.id(), masked, showAtSummary));
        Block block = new Block(this, created[0]);
        blocks.put(block.id(), block);
        return block;
    }

    void storeStatus(Block block) {
        if (closed) {
            return;
        }
        store(
                h ->
                        repository.updateStatus(
                                h,
                                taskId,
                                block.id(),
                                block.status(),
                                block.started(),
                                block.ended()));
    }

    Clock clock() {
        return clock;
    }

    /** Stores buffered lines and progress, then {@code change} (if any), in one transaction. */
    private void store(Consumer<Handle> change) {
        flushLock.lock();
        try {
            List<NewLine> lines;
            Map<String, int[]> progress;
            Map<String, String> messages;
            synchronized (bufferLock) {
                lines = buffer;
                buffer = new ArrayList<>();
                progress = new LinkedHashMap<>(dirtyProgress);
                messages = new LinkedHashMap<>(dirtyProgressMessages);
                dirtyProgress.clear();
                dirtyProgressMessages.clear();
            }
            if (lines.isEmpty() && progress.isEmpty() && change == null) {
                return;
            }
            try {
                database.useTransaction(h -> write(h, lines, progress, messages, change));
            } catch (RuntimeException e) {
                if (change != null) {
                    throw e;
                }
                LOG.warn("Could not store log lines of task {}; will retry", taskId, e);
                synchronized (bufferLock) {
                    lines.addAll(buffer);
                    buffer = lines;
                }
                return;
            }
            listener.committed(taskId);
        } finally {
            flushLock.unlock();
        }
    }

    private void write(
            Handle h,
            List<NewLine> lines,
            Map<String, int[]> progress,
            Map<String, String> messages,
            Consumer<Handle> change) {
        repository.appendLines(h, taskId, lines);
        long chars = 0;
        boolean warnings = false;
        for (NewLine line : lines) {
            chars += line.messageText().length();
            warnings |= line.category().isWarningOrError();
        }
        progress.forEach(
                (block, pct) ->
                        repository.updateProgress(h, taskId, block, pct[0], messages.get(block)));
        if (change != null) {
            change.accept(h);
        }
        int[] rootProgress = progress.get(root.id());
        listener.stored(
                h,
                taskId,
                chars,
                warnings,
                rootProgress == null ? null : rootProgress[0],
                messages.get(root.id()));
    }
}
