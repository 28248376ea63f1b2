package io.jenkins.plugins.freight.engine.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announces committed changes: wakes waiters and tells completion listeners. */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private final ChangeNotifier notifier;
    private final List<TaskCompletionListener> listeners = new CopyOnWriteArrayList<>();

    Completions(ChangeNotifier notifier) {
        this.notifier = notifier;
    }

    void add(TaskCompletionListener listener) {
        listeners.add(listener);
    }

    void changed(String taskId) {
        notifier.signal(taskId);
    }

    /** After a terminal state was committed. */
    void completed(ServerTask task) {
        notifier.signal(task.id());
        for (TaskCompletionListener listener : listeners) {
            try {
                listener.onCompleted(task);
            } catch (RuntimeException e) {
                LOG.warn("A completion listener failed for task {}", task.id(), e);
            }
        }
    }

    void completedAll(List<ServerTask> tasks) {
        tasks.forEach(this::completed);
    }
}
