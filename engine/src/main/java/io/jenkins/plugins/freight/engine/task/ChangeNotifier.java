package io.jenkins.plugins.freight.engine.task;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes waiters of {@link TaskService#awaitChange} on this node as soon as a change of their task
 * is committed here. Changes made on other nodes are found by the waiters' own database checks.
 */
final class ChangeNotifier {

    private final ConcurrentHashMap<String, Set<CompletableFuture<Void>>> waiters =
            new ConcurrentHashMap<>();

    /** A future completed by the next {@link #signal} of the task; pass it to {@link #done}. */
    CompletableFuture<Void> register(String taskId) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        waiters.computeIfAbsent(taskId, k -> ConcurrentHashMap.newKeySet()).add(future);
        return future;
    }

    void done(String taskId, CompletableFuture<Void> future) {
        waiters.computeIfPresent(
                taskId,
                (k, set) -> {
                    set.remove(future);
                    return set.isEmpty() ? null : set;
                });
    }

    void signal(String taskId) {
        Set<CompletableFuture<Void>> set = waiters.get(taskId);
        if (set != null) {
            for (CompletableFuture<Void> future : set) {
                future.complete(null);
            }
        }
    }
}
