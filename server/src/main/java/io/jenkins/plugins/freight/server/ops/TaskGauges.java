package io.jenkins.plugins.freight.server.ops;

import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.TaskPage;
import io.jenkins.plugins.freight.engine.task.TaskQuery;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskState;

/** The task gauges of {@code /metrics}: queue depth and running tasks. */
public final class TaskGauges {

    private TaskGauges() {}

    public static void register(ServerMetrics metrics, TaskService tasks) {
        metrics.gauge(
                "freight_tasks_queued",
                "Tasks waiting to run, in every space and on every node.",
                () -> count(tasks, TaskState.QUEUED));
        metrics.gauge(
                "freight_tasks_executing",
                "Tasks executing or cancelling, on every node.",
                () -> count(tasks, TaskState.EXECUTING) + count(tasks, TaskState.CANCELLING));
        metrics.gauge(
                "freight_tasks_running_on_node",
                "Tasks this node is running right now.",
                tasks::runningCount);
    }

    private static double count(TaskService tasks, TaskState state) {
        TaskPage page =
                tasks.list(
                        Caller.system(),
                        TaskQuery.inSpace(null).withStates(java.util.Set.of(state)).page(0, 0));
        return page.totalResults();
    }
}
