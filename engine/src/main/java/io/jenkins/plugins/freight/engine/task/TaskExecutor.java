package io.jenkins.plugins.freight.engine.task;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on this node: a dispatcher claims queued tasks up to the task cap and hands each to a
 * worker thread; timers renew leases (heartbeat), sweep for lost nodes' tasks, store buffered log
 * lines and pick up cancellations requested on other nodes. Threads exist only between {@link
 * #start()} and {@link #stop()}.
 */
final class TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);

    private final TaskSettings settings;
    private final TaskStore store;
    private final TaskLifecycle lifecycle;
    private final LeaseRecovery recovery;
    private final TaskRunner runner;
    private final Supplier<Set<String>> handlerNames;
    private final Map<String, RunningTask> running = new ConcurrentHashMap<>();
    private final Object wakeLock = new Object();
    private boolean wakeRequested;
    private volatile boolean stopping;
    private volatile String instance;
    private Thread dispatcher;
    private ExecutorService workers;
    private ScheduledExecutorService timers;

    TaskExecutor(
            TaskSettings settings,
            TaskStore store,
            TaskLifecycle lifecycle,
            LeaseRecovery recovery,
            TaskRunner runner,
            Supplier<Set<String>> handlerNames) {
        this.settings = settings;
        this.store = store;
        this.lifecycle = lifecycle;
        this.recovery = recovery;
        this.runner = runner;
        this.handlerNames = handlerNames;
    }

    synchronized void start() {
        if (dispatcher != null) {
            return;
        }
        stopping = false;
        instance = UUID.randomUUID().toString();
        int recovered = recovery.recoverEarlierInstances(settings.nodeName(), instance);
        if (recovered > 0) {
            LOG.warn("Recovered {} task(s) this node held before it restarted", recovered);
        }
        workers = Executors.newCachedThreadPool(threads("freight-task-"));
        timers = Executors.newSingleThreadScheduledExecutor(threads("freight-task-timers-"));
        every(settings.heartbeatInterval(), this::heartbeat);
        every(settings.sweepInterval(), recovery::sweep);
        every(settings.logFlushInterval(), this::flushLogs);
        every(settings.pollInterval(), this::pickUpCancellations);
        dispatcher = threads("freight-task-dispatcher-").newThread(this::dispatch);
        dispatcher.start();
    }

    boolean isStarted() {
        return dispatcher != null;
    }

    String instance() {
        return instance;
    }

    /** Asks the dispatcher to look for work now (a task was queued or a slot freed). */
    void wake() {
        synchronized (wakeLock) {
            wakeRequested = true;
            wakeLock.notifyAll();
        }
    }

    RunningTask running(String taskId) {
        return running.get(taskId);
    }

    int runningCount() {
        return running.size();
    }

    private void dispatch() {
        while (!stopping) {
            int free = settings.taskCap() - running.size();
            if (free > 0) {
                try {
                    List<ServerTask> claimed =
                            lifecycle.claim(
                                    settings.nodeName(),
                                    instance,
                                    handlerNames.get(),
                                    free,
                                    settings.lease());
                    for (ServerTask task : claimed) {
                        launch(task);
                    }
                    if (!claimed.isEmpty()) {
                        continue;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not claim tasks; retrying shortly", e);
                }
            }
            awaitWake();
        }
    }

    private void awaitWake() {
        synchronized (wakeLock) {
            if (!wakeRequested && !stopping) {
                try {
                    wakeLock.wait(settings.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            wakeRequested = false;
        }
    }

    private void launch(ServerTask task) {
        RunningTask run = runner.prepare(task, instance);
        running.put(task.id(), run);
        workers.execute(
                () -> {
                    try {
                        runner.run(run, instance);
                    } finally {
                        running.remove(task.id());
                        wake();
                    }
                });
    }

    private void heartbeat() {
        Set<String> ids = new HashSet<>(running.keySet());
        if (ids.isEmpty()) {
            return;
        }
        Set<String> owned =
                store.database.inTransaction(
                        h ->
                                store.queue.renew(
                                        h,
                                        instance,
                                        ids,
                                        store.queue.now(h).plus(settings.lease())));
        for (String id : ids) {
            RunningTask run = running.get(id);
            if (!owned.contains(id) && run != null && !run.isFinishing()) {
                LOG.warn("This node lost the lease on {}; stopping its handler", id);
                run.markLost();
            }
        }
    }

    private void flushLogs() {
        for (RunningTask run : running.values()) {
            run.log().flush();
        }
    }

    private void pickUpCancellations() {
        if (running.isEmpty()) {
            return;
        }
        List<String> cancelling =
                store.database.withHandle(h -> store.tasks.cancelling(h, running.keySet()));
        for (String id : cancelling) {
            RunningTask run = running.get(id);
            if (run != null) {
                run.requestCancel();
            }
        }
    }

    /**
     * Stops claiming, gives running handlers {@code grace} to finish, then hands the rest back to
     * the queue (with a log line) so another node, or this one after a restart, resumes them.
     */
    synchronized void stop(Duration grace) {
        if (dispatcher == null) {
            return;
        }
        stopping = true;
        wake();
        join(dispatcher);
        timers.shutdownNow();
        long deadline = System.nanoTime() + grace.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            sleep(20);
        }
        for (RunningTask run : running.values()) {
            run.markLost();
        }
        if (!running.isEmpty()) {
            recovery.releaseOnShutdown(settings.nodeName(), instance, running.keySet());
        }
        workers.shutdown();
        dispatcher = null;
    }

    /** Stops every thread without telling the database anything: what a crash looks like. */
    synchronized void halt() {
        if (dispatcher == null) {
            return;
        }
        stopping = true;
        wake();
        join(dispatcher);
        timers.shutdownNow();
        for (RunningTask run : running.values()) {
            run.markLost();
        }
        workers.shutdown();
        dispatcher = null;
    }

    private void every(Duration interval, Runnable job) {
        long millis = Math.max(1, interval.toMillis());
        timers.scheduleWithFixedDelay(
                () -> {
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        LOG.warn("Task background job failed; it runs again shortly", e);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
