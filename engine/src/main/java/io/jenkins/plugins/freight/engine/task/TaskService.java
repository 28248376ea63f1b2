package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.Dialect;
import io.jenkins.plugins.freight.engine.task.interruption.InterruptionService;
import io.jenkins.plugins.freight.engine.task.interruption.JdbcInterruptionRepository;
import io.jenkins.plugins.freight.engine.task.interruption.TeamMembership;
import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import io.jenkins.plugins.freight.engine.task.log.ActivityTree;
import io.jenkins.plugins.freight.engine.task.log.JdbcActivityLogRepository;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.engine.task.log.RawLog;
import io.jenkins.plugins.freight.engine.task.log.TaskActivityLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * Server tasks: a durable queue in the database, run by every node that {@link #start()}s its
 * executor. Other features queue work with {@link #enqueue(Handle, TaskRequest)} inside their own
 * transaction and {@link #register} the {@link TaskHandler} that runs it; people list, follow,
 * cancel and rerun tasks and answer their {@link #interruptions()}.
 *
 * <p>Construction starts no thread; {@link #start()} and {@link #stop()} own the background work.
 */
public final class TaskService implements AutoCloseable {

    static final String VIEW = "TaskView";
    static final String VIEW_LOG = "TaskViewLog";
    static final String CREATE = "TaskCreate";
    static final String CANCEL = "TaskCancel";

    private final TaskSettings settings;
    private final AccessPolicy accessPolicy;
    private final Clock clock;
    private final TaskStore store;
    private final ChangeNotifier notifier = new ChangeNotifier();
    private final Completions completions = new Completions(notifier);
    private final Map<String, TaskHandler> handlers = new ConcurrentHashMap<>();
    private final InterruptionService interruptions;
    private final TaskLifecycle lifecycle;
    private final TaskExecutor executor;
    private final TaskFollowing following;
    private final PostgresChangeListener changeListener;

    public TaskService(Database database, AccessPolicy accessPolicy, TaskSettings settings) {
        this(database, accessPolicy, TeamMembership.notRestricted(), settings, Clock.systemUTC());
    }

    public TaskService(
            Database database,
            AccessPolicy accessPolicy,
            TeamMembership teams,
            TaskSettings settings,
            Clock clock) {
        this.settings = settings;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
        this.store =
                new TaskStore(
                        database,
                        new JdbcTaskRepository(database.dialect()),
                        new JdbcTaskQueue(database.dialect()),
                        new JdbcActivityLogRepository(),
                        new JdbcInterruptionRepository());
        this.lifecycle = new TaskLifecycle(store, completions);
        TaskEvents events = new TaskEvents(store, notifier, this::wake);
        this.interruptions =
                new InterruptionService(
                        database, store.interruptions, accessPolicy, teams, clock, events);
        LeaseRecovery recovery =
                new LeaseRecovery(
                        store, lifecycle, completions, handlers, settings.maxRecoveries());
        TaskRunner runner =
                new TaskRunner(
                        settings.nodeName(),
                        store,
                        lifecycle,
                        handlers,
                        interruptions,
                        notifier,
                        events,
                        clock);
        this.executor =
                new TaskExecutor(
                        settings,
                        store,
                        lifecycle,
                        recovery,
                        runner,
                        () -> java.util.Set.copyOf(handlers.keySet()));
        this.following = new TaskFollowing(notifier, settings.changePollInterval(), this::find);
        this.changeListener =
                database.dialect() == Dialect.POSTGRESQL
                        ? new PostgresChangeListener(database, notifier)
                        : null;
    }

    /** Registers the handler for its task name; one handler per name. */
    public void register(TaskHandler handler) {
        TaskHandler previous = handlers.putIfAbsent(handler.name(), handler);
        if (previous != null && previous != handler) {
            throw new IllegalStateException(
                    "A handler for tasks named '" + handler.name() + "' is already registered");
        }
        executor.wake();
    }

    /** The names of the task kinds this node runs (Octopus's task types), sorted. */
    public java.util.List<String> taskNames() {
        return handlers.keySet().stream().sorted().toList();
    }

    /** Tells {@code listener} about every task this node completes, after the commit. */
    public void addCompletionListener(TaskCompletionListener listener) {
        completions.add(listener);
    }

    /** Tells {@code listener} about task starts, interruptions and cancellations; while wiring. */
    public void addActivityListener(TaskActivityListener listener) {
        store.activity.add(listener);
    }

    public InterruptionService interruptions() {
        return interruptions;
    }

    public TaskSettings settings() {
        return settings;
    }

    /**
     * Queues a task inside the caller's transaction: it becomes visible, and may start, once that
     * transaction commits. Permission checks are the caller's (e.g. DeploymentCreate).
     */
    public ServerTask enqueue(Handle handle, TaskRequest request) {
        TaskValidation.check(request);
        Instant now = store.queue.now(handle);
        ServerTask task = store.tasks.insert(handle, request, now);
        TaskActivityLog.createRoot(handle, store.logs, task.id(), task.description());
        Instant start =
                request.queueTime() != null && request.queueTime().isAfter(now)
                        ? request.queueTime()
                        : now;
        store.queue.add(handle, task, start);
        Runnable announce =
                () -> {
                    wake();
                    notifier.signal(task.id());
                };
        if (handle.isInTransaction()) {
            handle.afterCommit(announce);
        } else {
            announce.run();
        }
        return task;
    }

    /** Queues a task in a transaction of its own (needs TaskCreate). */
    public ServerTask enqueue(Caller caller, TaskRequest request) {
        accessPolicy.require(caller, CREATE, request.spaceId());
        return store.database.inTransaction(h -> enqueue(h, request));
    }

    public ServerTask get(Caller caller, String taskId) {
        ServerTask task = find(taskId);
        accessPolicy.require(caller, VIEW, task.spaceId());
        accessPolicy.requireFor(caller, VIEW, scope(task));
        return task;
    }

    /** Where a task is, for permission checks: its space, project, environment and tenant. */
    static io.jenkins.plugins.freight.engine.security.PermissionScope scope(ServerTask task) {
        return io.jenkins.plugins.freight.engine.security.PermissionScope.space(task.spaceId())
                .withProject(task.projectId())
                .withEnvironment(task.environmentId())
                .withTenant(task.tenantId());
    }

    /** Tasks matching the query, newest first, with totals; unknown ids are simply absent. */
    public TaskPage list(Caller caller, TaskQuery query) {
        // tasks of projects, environments or tenants outside the caller's TaskView are left out
        var visible = accessPolicy.requireVisible(caller, VIEW, query.spaceId());
        TaskPage page = store.database.withHandle(h -> store.tasks.list(h, query));
        if (visible == io.jenkins.plugins.freight.engine.security.ScopeFilter.ALL) {
            return page;
        }
        List<ServerTask> shown =
                page.items().stream().filter(t -> visible.permits(scope(t))).toList();
        return new TaskPage(
                shown,
                page.totalResults() - (page.items().size() - shown.size()),
                page.totalCounts());
    }

    /**
     * The task with its progress and activity tree.
     *
     * @param verbose include Trace and Verbose lines
     * @param tail only the last {@code tail} lines of each block, or all for null
     */
    public TaskDetails details(Caller caller, String taskId, boolean verbose, Integer tail) {
        ServerTask task = get(caller, taskId);
        accessPolicy.require(caller, VIEW_LOG, task.spaceId());
        List<ActivityElement> tree =
                store.database.withHandle(
                        h ->
                                ActivityTree.build(
                                        store.logs.blocks(h, taskId),
                                        store.logs.lines(h, taskId),
                                        verbose,
                                        tail));
        long size = store.database.withHandle(h -> store.tasks.logSize(h, taskId));
        int progress = task.isCompleted() ? 100 : task.progressPercentage();
        return new TaskDetails(task, progress, task.progressMessage(), size, tree);
    }

    /** The whole log as plain text (Octopus's raw log). */
    public String rawLog(Caller caller, String taskId) {
        TaskDetails details = details(caller, taskId, true, null);
        ServerTask task = details.task();
        String header =
                RawLog.header(
                        task.id(),
                        task.state().wireName(),
                        task.queueTime(),
                        task.startTime(),
                        task.completedTime(),
                        task.serverNode());
        return RawLog.render(header, details.activityLogs());
    }

    /**
     * Log lines numbered after {@code afterNumber} (0 for all), oldest first, at most {@code
     * limit}.
     */
    public List<LogElement> logLinesAfter(
            Caller caller, String taskId, long afterNumber, int limit) {
        ServerTask task = get(caller, taskId);
        accessPolicy.require(caller, VIEW_LOG, task.spaceId());
        return store.database.withHandle(
                h -> store.logs.linesAfter(h, taskId, afterNumber, Math.max(0, limit)));
    }

    /**
     * Cancels a task: Queued (or waiting for a person) becomes Canceled at once; Executing becomes
     * Cancelling, the handler's registered processes are killed and callbacks run, then Canceled. A
     * finished task is returned unchanged.
     */
    public ServerTask cancel(Caller caller, String taskId) {
        accessPolicy.require(caller, CANCEL, find(taskId).spaceId());
        TaskLifecycle.CancelResult result = lifecycle.cancel(caller, taskId);
        RunningTask local = executor.running(taskId);
        if (local != null && result.task().state() == TaskState.CANCELLING) {
            local.requestCancel();
        }
        return result.task();
    }

    /**
     * Runs a finished task again, as Octopus does: the same task (same id, name and arguments) is
     * queued again with a fresh log, checkpoint and interruptions. Refused while it still runs.
     */
    public ServerTask rerun(Caller caller, String taskId) {
        accessPolicy.require(caller, CREATE, find(taskId).spaceId());
        ServerTask task = lifecycle.rerun(taskId);
        wake();
        notifier.signal(taskId);
        return task;
    }

    /**
     * Waits until the task's {@link ServerTask#version()} exceeds {@code afterVersion}, the task is
     * finished, or {@code timeout} passes, and returns the task as it is then. Changes committed on
     * this node wake the waiter at once; changes on other nodes are seen within {@link
     * TaskSettings#changePollInterval()}.
     */
    public ServerTask awaitChange(
            Caller caller, String taskId, long afterVersion, Duration timeout) {
        get(caller, taskId);
        return following.awaitChange(taskId, afterVersion, timeout);
    }

    /**
     * Waits until the task is finished or {@code timeout} passes; returns the task as it is then.
     */
    public ServerTask awaitCompletion(Caller caller, String taskId, Duration timeout) {
        get(caller, taskId);
        return following.awaitCompletion(taskId, timeout);
    }

    /** Starts running tasks on this node (and recovers what its former life left). Idempotent. */
    public void start() {
        executor.start();
        if (changeListener != null) {
            changeListener.start();
        }
    }

    /**
     * Stops running tasks on this node: handlers get a short grace period (the heartbeat interval,
     * at most 5 s), then unfinished tasks go back to the queue for another node or the next start.
     */
    public void stop() {
        Duration grace = settings.heartbeatInterval();
        executor.stop(grace.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : grace);
        if (changeListener != null) {
            changeListener.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Tasks executing on this node right now. */
    public int runningCount() {
        return executor.runningCount();
    }

    /** Test support: stops all threads without a word to the database, as a crash would. */
    void haltAsIfCrashed() {
        executor.halt();
        if (changeListener != null) {
            changeListener.stop();
        }
    }

    private void wake() {
        executor.wake();
    }

    private ServerTask find(String taskId) {
        return store.database
                .withHandle(h -> store.tasks.find(h, taskId))
                .orElseThrow(() -> NotFoundException.of("Task", taskId));
    }
}
