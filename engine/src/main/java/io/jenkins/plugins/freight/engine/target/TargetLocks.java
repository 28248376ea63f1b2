package io.jenkins.plugins.freight.engine.target;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One step at a time per target, like Octopus's deployment mutex: a step takes its target's lock
 * for as long as it runs there, unless it opts out ({@code OctopusBypassDeploymentMutex}). Locks
 * are fair (first come, first served) and held per engine node.
 */
public final class TargetLocks {

    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** A held lock; release it with {@link Held#close()}. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for the target's lock; interruptible. */
    public Held acquire(String targetId) throws InterruptedException {
        ReentrantLock lock = locks.computeIfAbsent(targetId, id -> new ReentrantLock(true));
        lock.lockInterruptibly();
        return lock::unlock;
    }

    /** Whether another step currently holds the target's lock. */
    public boolean isBusy(String targetId) {
        ReentrantLock lock = locks.get(targetId);
        return lock != null && lock.isLocked();
    }
}
