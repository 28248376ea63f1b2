package io.jenkins.plugins.freight.engine.task;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Live following: waits for a task to change. A change committed on this node completes the
 * waiter's signal at once; otherwise the waiter looks at the database every {@code pollInterval}
 * (changes made by other nodes).
 */
final class TaskFollowing {

    private final ChangeNotifier notifier;
    private final Duration pollInterval;
    private final Function<String, ServerTask> reader;

    TaskFollowing(
            ChangeNotifier notifier, Duration pollInterval, Function<String, ServerTask> reader) {
        this.notifier = notifier;
        this.pollInterval = pollInterval;
        this.reader = reader;
    }

    ServerTask awaitChange(String taskId, long afterVersion, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServerTask task = reader.apply(taskId);
        while (!changed(task, afterVersion)) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return task;
            }
            CompletableFuture<Void> signal = notifier.register(taskId);
            try {
                // read after registering, so a change committed in between is not missed
                task = reader.apply(taskId);
                if (changed(task, afterVersion)) {
                    return task;
                }
                signal.get(Math.min(remaining, pollInterval.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // no change on this node: look at the database (changes made on other nodes)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return task;
            } catch (ExecutionException e) {
                throw new IllegalStateException("A change signal failed", e);
            } finally {
                notifier.done(taskId, signal);
            }
            task = reader.apply(taskId);
        }
        return task;
    }

    ServerTask awaitCompletion(String taskId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServerTask task = reader.apply(taskId);
        while (!task.isCompleted()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            task = awaitChange(taskId, task.version(), Duration.ofNanos(remaining));
        }
        return task;
    }

    private static boolean changed(ServerTask task, long afterVersion) {
        return task.version() > afterVersion || task.isCompleted();
    }
}
