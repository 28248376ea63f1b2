package io.jenkins.plugins.freight.engine.target;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link TargetLocks} within one process: a fair single permit per target (a permit, unlike a lock,
 * may be given back by another thread than the one that took it; closing twice gives it back once).
 */
final class LocalTargetLocks implements TargetLocks {

    private final ConcurrentMap<String, Semaphore> locks = new ConcurrentHashMap<>();

    @Override
    public Held acquire(String targetId) throws InterruptedException {
        Semaphore lock = locks.computeIfAbsent(targetId, id -> new Semaphore(1, true));
        lock.acquire();
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.release();
            }
        };
    }

    @Override
    public boolean isBusy(String targetId) {
        Semaphore lock = locks.get(targetId);
        return lock != null && lock.availablePermits() == 0;
    }
}
