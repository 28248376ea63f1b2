package io.jenkins.plugins.freight.server.ui.task;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskDetails;
import io.jenkins.plugins.freight.engine.task.TaskQuery;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.server.ui.Access;
import io.jenkins.plugins.freight.server.ui.StateView;
import io.jenkins.plugins.freight.server.ui.TimeText;
import io.jenkins.plugins.freight.server.ui.UiLinks;
import io.jenkins.plugins.freight.server.ui.UiRequest;
import io.jenkins.plugins.freight.server.ui.UiRoutes;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionCard;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionCards;
import io.jenkins.plugins.freight.server.ui.interruption.InterventionsView;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Tasks: the list, the task page, its two live fragments (state and activity; interventions) and
 * cancel.
 */
public final class TaskPages {

    static final int LISTED = 50;

    private final TaskService tasks;
    private final InterventionCards cards;
    private final Access access;
    private final Clock clock;

    public TaskPages(TaskService tasks, InterventionCards cards, Access access, Clock clock) {
        this.tasks = tasks;
        this.cards = cards;
        this.access = access;
        this.clock = clock;
    }

    public void register(UiRoutes routes) {
        routes.get("{space}/tasks", this::list)
                .get("{space}/tasks/{task}", this::page)
                .get("{space}/tasks/{task}/live", this::live)
                .get("{space}/tasks/{task}/interventions", this::interventions)
                .post("{space}/tasks/{task}/cancel", this::cancel);
    }

    private void list(UiRequest r) throws IOException {
        Instant now = clock.instant();
        UiLinks links = r.links();
        List<TaskListPage.Line> lines =
                tasks
                        .list(r.caller(), TaskQuery.inSpace(r.spaceId()).page(0, LISTED))
                        .items()
                        .stream()
                        .map(
                                t ->
                                        new TaskListPage.Line(
                                                t.description(),
                                                links.task(r.spaceId(), t.id()),
                                                StateView.of(
                                                        t.state(), t.hasPendingInterruptions()),
                                                TimeText.of(t.queueTime()),
                                                t.duration(now).map(TimeText::of).orElse("")))
                        .toList();
        r.render("task/list.jte", new TaskListPage(r.frame("Tasks", "tasks"), lines));
    }

    private void page(UiRequest r) throws IOException {
        TaskDetails details = details(r);
        ServerTask task = details.task();
        r.render(
                "task/task.jte",
                new TaskPage(
                        r.frame(task.description(), "tasks"),
                        task.id(),
                        task.description(),
                        live(r, details),
                        interventions(r, task)));
    }

    private void live(UiRequest r) throws IOException {
        r.render("task/live.jte", live(r, details(r)));
    }

    private void interventions(UiRequest r) throws IOException {
        r.render("interruption/interventions.jte", interventions(r, task(r)));
    }

    private void cancel(UiRequest r) {
        ServerTask task = task(r);
        tasks.cancel(r.caller(), task.id());
        r.redirect(r.links().task(r.spaceId(), task.id()));
    }

    private TaskLive live(UiRequest r, TaskDetails details) {
        ServerTask task = details.task();
        Instant now = clock.instant();
        boolean finished = task.state().isTerminal();
        String timing =
                task.startTime() == null
                        ? "Queued " + TimeText.of(task.queueTime())
                        : "Started "
                                + TimeText.of(task.startTime())
                                + task.duration(now)
                                        .map(d -> " · ran " + TimeText.of(d))
                                        .orElse("");
        boolean cancellable =
                !finished
                        && access.allows(
                                r.caller(),
                                "TaskCancel",
                                task.spaceId(),
                                task.projectId(),
                                task.environmentId());
        return new TaskLive(
                r.frame(task.description(), "tasks"),
                r.links().taskLive(r.spaceId(), task.id()),
                StateView.of(task.state(), task.hasPendingInterruptions()),
                finished,
                details.progressPercentage(),
                details.progressMessage() == null ? "" : details.progressMessage(),
                timing,
                task.errorMessage(),
                cancellable ? r.links().cancelTask(r.spaceId(), task.id()) : null,
                details.activityLogs().isEmpty()
                        ? null
                        : ActivityNode.of(details.activityLogs().get(0), now));
    }

    private InterventionsView interventions(UiRequest r, ServerTask task) {
        Caller caller = r.caller();
        List<InterventionCard> pending =
                task.state().isTerminal()
                        ? List.of()
                        : cards.pending(caller, r.spaceId(), task.id(), r.links());
        boolean poll = pending.isEmpty() && !task.state().isTerminal();
        return new InterventionsView(
                r.frame(task.description(), "tasks"),
                pending,
                r.links().task(r.spaceId(), task.id()),
                poll ? r.links().taskInterventions(r.spaceId(), task.id()) : null);
    }

    private TaskDetails details(UiRequest r) {
        TaskDetails details = tasks.details(r.caller(), r.path("task"), false, null);
        requireInSpace(r, details.task());
        return details;
    }

    private ServerTask task(UiRequest r) {
        ServerTask task = tasks.get(r.caller(), r.path("task"));
        requireInSpace(r, task);
        return task;
    }

    private static void requireInSpace(UiRequest r, ServerTask task) {
        if (task.spaceId() != null && !task.spaceId().equals(r.spaceId())) {
            throw NotFoundException.of("Task", task.id());
        }
    }
}
