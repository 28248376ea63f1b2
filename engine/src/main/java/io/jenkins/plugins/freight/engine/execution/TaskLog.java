package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.OutputCategory;
import io.jenkins.plugins.freight.engine.task.log.ActivityLog;
import io.jenkins.plugins.freight.engine.task.log.ActivityStatus;
import io.jenkins.plugins.freight.engine.task.log.LogBlock;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployment's {@link ExecutionLog} on the task's activity log. Blocks are known by their path
 * of names from the root; the ids of the blocks created so far travel in the checkpoint, so a run
 * resumed after an interruption or a lost node writes into the same step and target blocks instead
 * of opening new ones (a new block is reported to {@code onNewBlock}, which stores the checkpoint
 * again). A block that waits for a person stays Running.
 */
final class TaskLog implements ExecutionLog {

    private static final String SEPARATOR = "\n";

    private final ActivityLog log;
    private final Map<String, String> blockIds;
    private final Runnable onNewBlock;

    /**
     * @param knownBlocks block ids by path from an earlier run (empty on the first run)
     * @param onNewBlock called after a block was created
     */
    TaskLog(ActivityLog log, Map<String, String> knownBlocks, Runnable onNewBlock) {
        this.log = log;
        this.blockIds = new ConcurrentHashMap<>(knownBlocks);
        this.onNewBlock = onNewBlock;
    }

    /** Block ids by path, for the checkpoint. */
    Map<String, String> blockIds() {
        return Map.copyOf(blockIds);
    }

    @Override
    public Block root() {
        return new TaskBlock(log.root(), "", true);
    }

    private LogBlock childOf(LogBlock parent, String path, String name) {
        String known = blockIds.get(path);
        if (known != null) {
            var existing = log.block(known);
            if (existing.isPresent()) {
                return existing.get().start();
            }
        }
        LogBlock created = parent.child(name).start();
        blockIds.put(path, created.id());
        onNewBlock.run();
        return created;
    }

    static LogCategory category(OutputCategory category) {
        return switch (category) {
            case VERBOSE -> LogCategory.Verbose;
            case INFO -> LogCategory.Info;
            case HIGHLIGHT -> LogCategory.Highlight;
            case WAIT -> LogCategory.Wait;
            case WARNING -> LogCategory.Warning;
            case ERROR -> LogCategory.Error;
        };
    }

    private final class TaskBlock implements Block {

        private final LogBlock block;
        private final String path;
        private final boolean isRoot;
        private volatile boolean warned;

        TaskBlock(LogBlock block, String path, boolean isRoot) {
            this.block = block;
            this.path = path;
            this.isRoot = isRoot;
        }

        @Override
        public Block child(String name) {
            String childPath = isRoot ? name : path + SEPARATOR + name;
            synchronized (TaskLog.this) {
                return new TaskBlock(childOf(block, childPath, name), childPath, false);
            }
        }

        @Override
        public void line(OutputCategory category, String text) {
            LogCategory mapped = category(category);
            warned |= mapped.isWarningOrError();
            block.write(mapped, text);
        }

        @Override
        public void progress(int percentage, String message) {
            block.progress(percentage, message);
        }

        @Override
        public void finish(BlockStatus status) {
            if (isRoot) {
                return; // the task service finishes the task's own block with the task
            }
            ActivityStatus mapped =
                    switch (status) {
                        case SUCCESS ->
                                warned ? ActivityStatus.SuccessWithWarning : ActivityStatus.Success;
                        case FAILED -> ActivityStatus.Failed;
                        case SKIPPED -> ActivityStatus.Skipped;
                        case CANCELED -> ActivityStatus.Canceled;
                        case WAITING -> null;
                    };
            if (mapped != null) {
                block.finish(mapped);
            }
        }
    }
}
