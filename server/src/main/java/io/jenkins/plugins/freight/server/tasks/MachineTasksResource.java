package io.jenkins.plugins.freight.server.tasks;

import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.task.TaskMachines;
import io.jenkins.plugins.freight.engine.task.TaskPage;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.time.Clock;

/**
 * {@code GET /api/{space}/machines/{id}/tasks{?skip,take}}: the tasks that ran on a deployment
 * target, newest first, as a collection of tasks. A target is recorded when a deployment picks it.
 */
public final class MachineTasksResource {

    private final MachineService machines;
    private final TaskMachines tasks;
    private final Clock clock;

    public MachineTasksResource(MachineService machines, TaskMachines tasks, Clock clock) {
        this.machines = machines;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "machines/{id}/tasks", this::list);
    }

    private Reply list(ApiRequest r) {
        Machine machine = machines.get(r.caller(), r.spaceId(), r.path("id"));
        int skip = r.query().integer("skip", 0, 0);
        int take = r.query().integer("take", ListQuery.DEFAULT_TAKE, 0);
        TaskPage page = tasks.list(r.caller(), r.spaceId(), machine.id(), skip, take);
        String path = "/machines/" + Links.segment(machine.id()) + "/tasks";
        return Reply.ok(
                Paging.collection(
                        r,
                        "Task",
                        new Page<>(
                                page.items().stream()
                                        .map(t -> TaskWire.of(t, r.links(), clock.instant()))
                                        .toList(),
                                page.totalResults(),
                                skip,
                                take),
                        r.inSpace(path),
                        r.inSpace(path + "{?skip,take}")));
    }
}
