package io.jenkins.plugins.freight.server.tasks;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskPage;
import io.jenkins.plugins.freight.engine.task.TaskQuery;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.tasks.TaskDetailsWire.LogLineWire;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/{space}/tasks}: list (unknown ids are simply absent), get, details, raw log, cancel
 * (also under Go's {@code /api/spaces/{space}/tasks/{id}/cancel}), rerun, and Freight's live
 * following ({@code tasks/{id}/follow}). Unscoped paths ({@code /api/tasks/...}) reach tasks of
 * every space, as task ids are unique across spaces.
 */
public final class TasksResource {

    /** The most log lines one follow answer carries. */
    static final int MAX_FOLLOW_LINES = 1000;

    static final Duration DEFAULT_FOLLOW_WAIT = Duration.ofSeconds(30);

    private static final String TEMPLATE =
            "/tasks{/id}{?skip,active,environment,tenant,runbook,project,name,node,running,states,"
                    + "hasPendingInterruptions,hasWarningsOrErrors,take,ids,partialName,spaces,"
                    + "includeSystem}";

    private final TaskService tasks;
    private final Clock clock;
    private final Duration maxFollowWait;

    public TasksResource(TaskService tasks, Clock clock, Duration maxFollowWait) {
        this.tasks = tasks;
        this.clock = clock;
        this.maxFollowWait = maxFollowWait;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "tasks", this::list)
                .get(space, "tasks/taskTypes", this::taskTypes)
                .get(space, "tasks/{id}", this::get)
                .get(space, "tasks/{id}/details", this::details)
                .get(space, "tasks/{id}/raw", this::raw)
                .get(space, "tasks/{id}/state", this::get)
                .post(space, "tasks/{id}/cancel", this::cancel)
                .post(space, "tasks/{id}/rerun", this::rerun)
                .post(space, "tasks/rerun/{id}", this::rerun)
                .get(space, "tasks/{id}/follow", this::follow);
    }

    private Reply taskTypes(ApiRequest r) {
        return Reply.ok(tasks.taskNames().stream().map(TaskTypeWire::of).toList());
    }

    private Reply list(ApiRequest r) {
        QueryParameters q = r.query();
        TaskQuery query =
                new TaskQuery(
                        r.spaceExplicit() ? r.spaceId() : null,
                        q.list("ids"),
                        q.list("states").stream()
                                .map(TaskState::fromWireName)
                                .collect(Collectors.toSet()),
                        q.nonBlank("project"),
                        q.nonBlank("environment"),
                        q.nonBlank("tenant"),
                        q.nonBlank("name"),
                        q.nonBlank("node"),
                        q.bool("active"),
                        q.bool("running"),
                        q.bool("hasPendingInterruptions"),
                        q.bool("hasWarningsOrErrors"),
                        q.nonBlank("partialName"),
                        q.integer("skip", 0, 0),
                        q.integer("take", TaskQuery.DEFAULT_TAKE, 0));
        TaskPage page = tasks.list(r.caller(), query);
        String path = r.spaceExplicit() ? "/" + r.spaceId() + "/tasks" : "/tasks";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TaskState state : TaskState.values()) {
            counts.put(state.wireName(), page.totalCounts().getOrDefault(state, 0));
        }
        long pages = Paging.pages(page.totalResults(), query.take());
        return Reply.ok(
                new TaskCollectionWire(
                        "Task",
                        page.totalResults(),
                        query.take(),
                        pages,
                        pages - 1,
                        page.items().stream()
                                .map(t -> TaskWire.of(t, r.links(), clock.instant()))
                                .toList(),
                        counts,
                        Paging.links(
                                r,
                                page.totalResults(),
                                query.skip(),
                                query.take(),
                                path,
                                (r.spaceExplicit() ? "/" + r.spaceId() : "") + TEMPLATE)));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(TaskWire.of(task(r), r.links(), clock.instant()));
    }

    private Reply details(ApiRequest r) {
        ServerTask task = task(r);
        Boolean verbose = r.query().bool("verbose");
        Integer tail = r.query().nonBlank("tail") == null ? null : r.query().integer("tail", 0, 0);
        return Reply.ok(
                TaskDetailsWire.of(
                        tasks.details(r.caller(), task.id(), verbose != null && verbose, tail),
                        r.links(),
                        clock.instant()));
    }

    private Reply raw(ApiRequest r) {
        return Reply.text(tasks.rawLog(r.caller(), task(r).id()));
    }

    private Reply cancel(ApiRequest r) {
        return Reply.ok(
                TaskWire.of(tasks.cancel(r.caller(), task(r).id()), r.links(), clock.instant()));
    }

    private Reply rerun(ApiRequest r) {
        return Reply.ok(
                TaskWire.of(tasks.rerun(r.caller(), task(r).id()), r.links(), clock.instant()));
    }

    /**
     * Holds the request until the task changes after version {@code after} (default 0), finishes,
     * or {@code timeout} seconds pass (default 30, capped by the server's setting); answers with
     * the task and its version, plus log lines after {@code logsAfter} when asked.
     */
    private Reply follow(ApiRequest r) {
        ServerTask task = task(r);
        long after = r.query().integer("after", 0, 0);
        int seconds = r.query().integer("timeout", (int) DEFAULT_FOLLOW_WAIT.toSeconds(), 0);
        Duration wait = Duration.ofSeconds(seconds);
        if (wait.compareTo(maxFollowWait) > 0) {
            wait = maxFollowWait;
        }
        ServerTask now = tasks.awaitChange(r.caller(), task.id(), after, wait);
        List<LogLineWire> lines = List.of();
        long lastLogNumber = 0;
        if (r.query().nonBlank("logsAfter") != null) {
            long logsAfter = r.query().integer("logsAfter", 0, 0);
            List<LogElement> found =
                    tasks.logLinesAfter(r.caller(), task.id(), logsAfter, MAX_FOLLOW_LINES);
            lines = found.stream().map(LogLineWire::of).toList();
            lastLogNumber = found.isEmpty() ? logsAfter : found.get(found.size() - 1).number();
        }
        return Reply.ok(
                new TaskFollowWire(
                        now.version(),
                        TaskWire.of(now, r.links(), clock.instant()),
                        lines,
                        lastLogNumber));
    }

    /** The task a path names; 404 when a path's explicit space is not the task's. */
    private ServerTask task(ApiRequest r) {
        String id = r.path("id");
        ServerTask task = tasks.get(r.caller(), id);
        if (r.spaceExplicit() && task.spaceId() != null && !task.spaceId().equals(r.spaceId())) {
            throw NotFoundException.of("Task", id);
        }
        return task;
    }
}
