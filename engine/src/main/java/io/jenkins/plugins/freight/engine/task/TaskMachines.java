package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopeFilter;
import io.jenkins.plugins.freight.engine.storage.Database;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Which deployment targets (machines) each task ran on. Execution {@link #record}s the targets it
 * picks, in its own transaction; {@link #list} answers a target's tasks newest first, as {@code
 * machines/{id}/tasks} shows them.
 */
public final class TaskMachines {

    private final Database database;
    private final AccessPolicy access;

    public TaskMachines(Database database, AccessPolicy access) {
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * Records that the task runs on these machines, inside the caller's transaction; machines
     * already recorded for the task stay as they are.
     */
    public static void record(Handle handle, String taskId, Collection<String> machineIds) {
        for (String machineId : machineIds) {
            handle.createUpdate(
                            "INSERT INTO server_task_machines (machine_id, task_id, task_number)"
                                    + " SELECT :machine, t.id, t.task_number FROM server_tasks t"
                                    + " WHERE t.id = :task AND NOT EXISTS (SELECT 1 FROM"
                                    + " server_task_machines m WHERE m.machine_id = :machine"
                                    + " AND m.task_id = :task)")
                    .bind("machine", machineId)
                    .bind("task", taskId)
                    .execute();
        }
    }

    /**
     * The tasks that ran on a machine, newest first (needs TaskView; tasks of projects,
     * environments or tenants outside the caller's TaskView are left out). The caller checks that
     * the machine exists and may be seen.
     *
     * @return a page whose {@code totalCounts} are all 0: they are not computed here
     */
    public TaskPage list(Caller caller, String spaceId, String machineId, int skip, int take) {
        TaskQuery paging = TaskQuery.inSpace(spaceId).page(skip, take); // validates skip, take
        access.require(caller, TaskService.VIEW, spaceId);
        TaskPage page = database.withHandle(h -> list(h, machineId, paging.skip(), paging.take()));
        ScopeFilter visible = access.visible(caller, TaskService.VIEW, spaceId);
        if (visible == ScopeFilter.ALL) {
            return page;
        }
        List<ServerTask> shown =
                page.items().stream().filter(t -> visible.permits(TaskService.scope(t))).toList();
        return new TaskPage(
                shown,
                page.totalResults() - (page.items().size() - shown.size()),
                page.totalCounts());
    }

    private static TaskPage list(Handle h, String machineId, int skip, int take) {
        int total =
                h.createQuery("SELECT count(*) FROM server_task_machines WHERE machine_id = :m")
                        .bind("m", machineId)
                        .mapTo(Integer.class)
                        .one();
        List<ServerTask> items =
                take == 0
                        ? List.of()
                        : h.createQuery(
                                        "SELECT "
                                                + TaskRows.COLUMNS
                                                + " FROM (SELECT task_id, task_number FROM"
                                                + " server_task_machines WHERE machine_id = :m"
                                                + " ORDER BY task_number DESC LIMIT :take OFFSET"
                                                + " :skip) p JOIN server_tasks ON"
                                                + " server_tasks.id = p.task_id"
                                                + " ORDER BY p.task_number DESC")
                                .bind("m", machineId)
                                .bind("take", take)
                                .bind("skip", skip)
                                .map(TaskRows.MAPPER)
                                .list();
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        for (TaskState state : TaskState.values()) {
            counts.put(state, 0);
        }
        return new TaskPage(items, total, counts);
    }
}
