package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.task.interruption.Interruption;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionRequest;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.engine.task.log.LogCategory;
import io.jenkins.plugins.freight.engine.task.log.TaskActivityLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of a task on this node: the {@link TaskContext} its handler sees. */
final class RunningTask implements TaskContext {

    private static final Logger LOG = LoggerFactory.getLogger(RunningTask.class);

    private final ServerTask task;
    private final TaskRepository.RunState runState;
    private final TaskActivityLog log;
    private final TaskStore store;
    private final InterruptionService interruptions;
    private final ChangeNotifier notifier;
    private final String nodeName;
    private final String instance;
    private final Clock clock;
    private final AtomicBoolean cancellation = new AtomicBoolean();
    private final List<Runnable> cancelCallbacks = new CopyOnWriteArrayList<>();
    private final Set<Process> processes = ConcurrentHashMap.newKeySet();
    private volatile boolean lost;
    private volatile boolean finishing;
    private volatile String checkpoint;

    RunningTask(
            ServerTask task,
            TaskRepository.RunState runState,
            TaskActivityLog log,
            TaskStore store,
            InterruptionService interruptions,
            ChangeNotifier notifier,
            String nodeName,
            String instance,
            Clock clock) {
        this.task = task;
        this.runState = runState;
        this.log = log;
        this.store = store;
        this.interruptions = interruptions;
        this.notifier = notifier;
        this.nodeName = nodeName;
        this.instance = instance;
        this.clock = clock;
        this.checkpoint = runState.checkpoint();
    }

    @Override
    public ServerTask task() {
        return task;
    }

    @Override
    public String nodeName() {
        return nodeName;
    }

    @Override
    public ResumeReason resumeReason() {
        return runState.resumeReason();
    }

    @Override
    public TaskActivityLog log() {
        return log;
    }

    @Override
    public void progress(int percentage, String message) {
        log.root().progress(percentage, message);
    }

    @Override
    public boolean isCancellationRequested() {
        return cancellation.get();
    }

    @Override
    public Registration onCancel(Runnable callback) {
        cancelCallbacks.add(callback);
        if (cancellation.get()) {
            runQuietly(callback);
        }
        return () -> cancelCallbacks.remove(callback);
    }

    @Override
    public Registration registerProcess(Process process) {
        processes.add(process);
        if (cancellation.get()) {
            kill(process);
        }
        return () -> processes.remove(process);
    }

    @Override
    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    @Override
    public void saveCheckpoint(String checkpoint) {
        boolean saved =
                store.database.inTransaction(
                        h -> store.tasks.saveCheckpoint(h, task.id(), instance, checkpoint));
        if (!saved) {
            throw new IllegalStateException(
                    "This node no longer holds task "
                            + task.id()
                            + "; the checkpoint was not saved");
        }
        this.checkpoint = checkpoint;
    }

    @Override
    public Interruption createInterruption(InterruptionRequest request) {
        Interruption created =
                store.database.inTransaction(
                        h -> {
                            store.tasks.lock(h, task.id()).orElseThrow();
                            Interruption i =
                                    interruptions.create(h, task.spaceId(), task.id(), request);
                            store.tasks.setPendingInterruptions(
                                    h, task.id(), true, clock.instant());
                            store.activity.interruptionRaised(h, task, i);
                            return i;
                        });
        log.root()
                .write(
                        LogCategory.Wait,
                        "Waiting for a person: "
                                + request.title()
                                + " ("
                                + created.id()
                                + "). Someone must take responsibility and submit it.");
        notifier.signal(task.id());
        return created;
    }

    @Override
    public Optional<Interruption> interruption(String interruptionId) {
        return store.database
                .withHandle(h -> interruptions.find(h, interruptionId))
                .filter(i -> i.taskId().equals(task.id()));
    }

    @Override
    public List<Interruption> interruptions() {
        return store.database.withHandle(h -> interruptions.forTask(h, task.id()));
    }

    /** Runs the cancel callbacks and kills the registered processes, once. */
    void requestCancel() {
        if (cancellation.compareAndSet(false, true)) {
            for (Runnable callback : cancelCallbacks) {
                runQuietly(callback);
            }
            for (Process process : processes) {
                kill(process);
            }
        }
    }

    /** This node lost the task's lease: stop writing, stop the handler's work. */
    void markLost() {
        lost = true;
        log.abandon();
        requestCancel();
    }

    boolean isLost() {
        return lost;
    }

    /** The handler has returned; what follows is storing its outcome. */
    void markFinishing() {
        finishing = true;
    }

    boolean isFinishing() {
        return finishing;
    }

    private void runQuietly(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("A cancel callback of task {} failed", task.id(), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
