package io.jenkins.plugins.freight.engine.target;

/**
 * One step at a time per target, like Octopus's deployment mutex: a step takes its target's lock
 * for as long as it runs there, unless it opts out ({@code OctopusBypassDeploymentMutex}). The
 * engine uses {@link JdbcTargetLocks}, which holds across every node sharing the database; {@link
 * #inMemory()} holds within one process.
 */
public interface TargetLocks {

    /** A held lock; release it with {@link Held#close()}. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for the target's lock, first come first served on this node; interruptible. */
    Held acquire(String targetId) throws InterruptedException;

    /** Whether another step currently holds the target's lock. */
    boolean isBusy(String targetId);

    /** Locks held within this process only (fair, first come first served). */
    static TargetLocks inMemory() {
        return new LocalTargetLocks();
    }
}
