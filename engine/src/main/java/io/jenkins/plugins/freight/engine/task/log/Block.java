package io.jenkins.plugins.freight.engine.task.log;

import io.jenkins.plugins.freight.engine.task.log.ActivityLogRepository.BlockRow;
import java.time.Instant;
import java.util.Objects;

/** One block of a {@link TaskActivityLog}; its status changes are stored at once. */
final class Block implements LogBlock {

    private final TaskActivityLog log;
    private final String id;
    private final String name;
    private ActivityStatus status;
    private Instant started;
    private Instant ended;

    Block(TaskActivityLog log, BlockRow row) {
        this.log = log;
        this.id = row.blockId();
        this.name = row.name();
        this.status = row.status();
        this.started = row.started();
        this.ended = row.ended();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ActivityStatus status() {
        return status;
    }

    synchronized Instant started() {
        return started;
    }

    synchronized Instant ended() {
        return ended;
    }

    @Override
    public LogBlock child(String childName) {
        return child(childName, true);
    }

    @Override
    public LogBlock child(String childName, boolean showAtSummaryLevel) {
        return log.createChild(this, childName, showAtSummaryLevel);
    }

    @Override
    public LogBlock start() {
        synchronized (this) {
            status = ActivityStatus.Running;
            if (started == null) {
                started = log.clock().instant();
            }
            ended = null;
        }
        log.storeStatus(this);
        return this;
    }

    @Override
    public void finish(ActivityStatus finalStatus) {
        Objects.requireNonNull(finalStatus, "finalStatus");
        if (!finalStatus.isTerminal()) {
            throw new IllegalArgumentException(
                    "A block finishes with a terminal status, not " + finalStatus);
        }
        synchronized (this) {
            status = finalStatus;
            Instant now = log.clock().instant();
            if (started == null) {
                started = now;
            }
            ended = now;
        }
        log.storeStatus(this);
    }

    @Override
    public void write(LogCategory category, String message) {
        log.append(id, category, message, null);
    }

    @Override
    public void write(LogCategory category, String message, String detail) {
        log.append(id, category, message, detail);
    }

    @Override
    public void progress(int percentage, String message) {
        log.progress(id, percentage, message);
    }

    @Override
    public String toString() {
        return "LogBlock[" + id + ", " + name + "]";
    }
}
