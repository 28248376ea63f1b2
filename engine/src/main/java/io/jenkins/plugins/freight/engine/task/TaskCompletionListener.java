package io.jenkins.plugins.freight.engine.task;

/**
 * Learns of every task reaching a terminal state, once, on the node that completed it, after the
 * completion is committed. Runs on the thread that completed the task: keep it short or hand the
 * work off. Exceptions are logged and otherwise ignored.
 */
@FunctionalInterface
public interface TaskCompletionListener {
    void onCompleted(ServerTask task);
}
