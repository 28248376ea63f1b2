package io.jenkins.plugins.freight.engine.task;

import static io.jenkins.plugins.freight.engine.task.TaskRows.utc;

import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.Dialect;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link TaskRepository} on the {@code server_tasks} table (H2 and PostgreSQL alike). */
final class JdbcTaskRepository implements TaskRepository {

    /**
     * The PostgreSQL channel on which every task change is announced (see {@link
     * PostgresChangeListener}).
     */
    static final String CHANNEL = "freight_task_changes";

    private final Dialect dialect;

    JdbcTaskRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    /** On PostgreSQL, tells every node's listener that the task changed, once this commits. */
    private void announce(Handle handle, String id) {
        if (dialect == Dialect.POSTGRESQL && id.matches("ServerTasks-[0-9]+")) {
            handle.execute("NOTIFY " + CHANNEL + ", '" + id + "'");
        }
    }

    @Override
    public ServerTask insert(Handle handle, TaskRequest request, Instant now) {
        String id = Database.nextId(handle, "ServerTasks");
        long number = Long.parseLong(id.substring(id.indexOf('-') + 1));
        handle.createUpdate(
                        "INSERT INTO server_tasks (id, task_number, space_id, name, description,"
                                + " arguments, state, queue_time, queue_time_expiry,"
                                + " last_updated_time, project_id, environment_id, tenant_id,"
                                + " concurrency_tag) VALUES (:id, :number, :space, :name,"
                                + " :description, :arguments, :state, :queueTime, :expiry, :now,"
                                + " :project, :environment, :tenant, :tag)")
                .bind("id", id)
                .bind("number", number)
                .bind("space", request.spaceId())
                .bind("name", request.name())
                .bind("description", request.description())
                .bind("arguments", TaskRows.writeArguments(request.arguments()))
                .bind("state", TaskState.QUEUED.wireName())
                .bind("queueTime", utc(request.queueTime() != null ? request.queueTime() : now))
                .bind("expiry", utc(request.queueTimeExpiry()))
                .bind("now", utc(now))
                .bind("project", request.projectId())
                .bind("environment", request.environmentId())
                .bind("tenant", request.tenantId())
                .bind("tag", request.concurrencyTag())
                .execute();
        return find(handle, id).orElseThrow();
    }

    @Override
    public Optional<ServerTask> find(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT " + TaskRows.COLUMNS + " FROM server_tasks WHERE id = :id")
                .bind("id", id)
                .map(TaskRows.MAPPER)
                .findOne();
    }

    @Override
    public Optional<ServerTask> lock(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT "
                                + TaskRows.COLUMNS
                                + " FROM server_tasks WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map(TaskRows.MAPPER)
                .findOne();
    }

    @Override
    public List<ServerTask> findAll(Handle handle, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(
                        "SELECT "
                                + TaskRows.COLUMNS
                                + " FROM server_tasks WHERE id IN (<ids>)"
                                + " ORDER BY task_number")
                .bindList("ids", List.copyOf(ids))
                .map(TaskRows.MAPPER)
                .list();
    }

    @Override
    public TaskPage list(Handle handle, TaskQuery query) {
        return TaskListing.list(handle, query);
    }

    @Override
    public void markExecuting(Handle handle, String id, String node, Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET state = :state, server_node = :node,"
                                + " start_time = COALESCE(start_time, :now), last_updated_time ="
                                + " :now, change_version = change_version + 1 WHERE id = :id"
                                + " AND state IN ('Queued', 'Executing')")
                .bind("state", TaskState.EXECUTING.wireName())
                .bind("node", node)
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public void setState(
            Handle handle, String id, TaskState state, String errorMessage, Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET state = :state, error_message = :error,"
                                + " completed_time = :completed, last_updated_time = :now,"
                                + " progress_percentage = CASE WHEN :terminal THEN 100 ELSE"
                                + " progress_percentage END, has_pending_interruptions = CASE"
                                + " WHEN :terminal THEN FALSE ELSE has_pending_interruptions END,"
                                + " change_version = change_version + 1 WHERE id = :id")
                .bind("state", state.wireName())
                .bind("error", errorMessage)
                .bind("completed", state.isTerminal() ? utc(now) : null)
                .bind("terminal", state.isTerminal())
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public void setPendingInterruptions(Handle handle, String id, boolean pending, Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET has_pending_interruptions = :pending,"
                                + " last_updated_time = :now, change_version = change_version + 1"
                                + " WHERE id = :id")
                .bind("pending", pending)
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public void setResumeReason(Handle handle, String id, ResumeReason reason, Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET resume_reason = :reason, recoveries = recoveries"
                                + " + :recovery, last_updated_time = :now, change_version ="
                                + " change_version + 1 WHERE id = :id")
                .bind("reason", reason.name())
                .bind("recovery", reason == ResumeReason.NODE_LOST ? 1 : 0)
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public boolean saveCheckpoint(Handle handle, String id, String instance, String checkpoint) {
        return handle.createUpdate(
                                "UPDATE server_tasks SET checkpoint_data = :data WHERE id = :id"
                                        + " AND EXISTS (SELECT 1 FROM task_queue q WHERE"
                                        + " q.task_id = :id AND q.owner_instance = :instance)")
                        .bind("data", checkpoint)
                        .bind("id", id)
                        .bind("instance", instance)
                        .execute()
                == 1;
    }

    @Override
    public RunState runState(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT checkpoint_data, resume_reason, recoveries FROM server_tasks"
                                + " WHERE id = :id")
                .bind("id", id)
                .map(
                        (rs, ctx) ->
                                new RunState(
                                        rs.getString("checkpoint_data"),
                                        ResumeReason.valueOf(rs.getString("resume_reason")),
                                        rs.getInt("recoveries")))
                .one();
    }

    @Override
    public void touch(
            Handle handle,
            String id,
            long addedLogChars,
            boolean warningsOrErrors,
            Integer progressPercentage,
            String progressMessage,
            Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET log_size = log_size + :added,"
                                + " has_warnings_or_errors = has_warnings_or_errors OR :warn,"
                                + " progress_percentage = COALESCE(:pct, progress_percentage),"
                                + " progress_message = CASE WHEN :pct IS NULL THEN"
                                + " progress_message ELSE :msg END, last_updated_time = :now,"
                                + " change_version = change_version + 1 WHERE id = :id")
                .bind("added", addedLogChars)
                .bind("warn", warningsOrErrors)
                .bind("pct", progressPercentage)
                .bind("msg", progressMessage)
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public void resetForRerun(Handle handle, String id, Instant now) {
        handle.createUpdate(
                        "UPDATE server_tasks SET state = 'Queued', queue_time = :now,"
                                + " queue_time_expiry = NULL, start_time = NULL, completed_time ="
                                + " NULL, error_message = NULL, has_pending_interruptions = FALSE,"
                                + " has_warnings_or_errors = FALSE, progress_percentage = 0,"
                                + " progress_message = NULL, checkpoint_data = NULL,"
                                + " resume_reason = 'FIRST_RUN', recoveries = 0, log_size = 0,"
                                + " last_updated_time = :now, change_version = change_version + 1"
                                + " WHERE id = :id")
                .bind("now", utc(now))
                .bind("id", id)
                .execute();
        announce(handle, id);
    }

    @Override
    public Map<String, Long> versions(Handle handle, Collection<String> ids) {
        Map<String, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        handle.createQuery("SELECT id, change_version FROM server_tasks WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    @Override
    public List<String> queuedPastExpiry(Handle handle, Instant now, int limit) {
        return handle.createQuery(
                        "SELECT id FROM server_tasks WHERE state = 'Queued'"
                                + " AND queue_time_expiry < :now ORDER BY task_number LIMIT :limit")
                .bind("now", utc(now))
                .bind("limit", limit)
                .mapTo(String.class)
                .list();
    }

    @Override
    public List<String> cancelling(Handle handle, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(
                        "SELECT id FROM server_tasks WHERE state = 'Cancelling' AND id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .mapTo(String.class)
                .list();
    }

    @Override
    public long logSize(Handle handle, String id) {
        return handle.createQuery("SELECT log_size FROM server_tasks WHERE id = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    @Override
    public List<String> orphaned(Handle handle, int limit) {
        return handle.createQuery(
                        "SELECT t.id FROM server_tasks t WHERE t.state IN ('Executing',"
                                + " 'Cancelling') AND NOT EXISTS (SELECT 1 FROM task_queue q"
                                + " WHERE q.task_id = t.id) AND NOT EXISTS (SELECT 1 FROM"
                                + " interruptions i WHERE i.task_id = t.id AND i.is_pending ="
                                + " TRUE) ORDER BY t.task_number LIMIT :limit")
                .bind("limit", limit)
                .mapTo(String.class)
                .list();
    }
}
