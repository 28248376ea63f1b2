package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.discovery.RootDocument;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.interruption.Interruption;
import io.jenkins.plugins.freight.client.task.ServerTask;
import io.jenkins.plugins.freight.client.task.TaskDetails;
import io.jenkins.plugins.freight.client.transport.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits for one or more server tasks while streaming what they do: step names, log lines, warnings,
 * errors, progress, and pending manual interventions with a link to act on them. Uses the server's
 * live following when it offers it, otherwise polls with backoff. A timeout may cancel the tasks;
 * so may the caller's interruption (a Jenkins abort).
 */
public final class AwaitAction {

    private final FreightClient client;
    private final ProgressListener listener;
    private final Redactor redactor;
    private final Set<String> withoutLog;

    public AwaitAction(FreightClient client, ProgressListener listener) {
        this(client, listener, Set.of());
    }

    private AwaitAction(FreightClient client, ProgressListener listener, Set<String> withoutLog) {
        this.client = client;
        this.listener = listener;
        this.redactor = new Redactor(client.settings().apiKey());
        this.withoutLog = withoutLog;
    }

    /**
     * This action, but not streaming the logs of these tasks (a caller that has already shown them,
     * e.g. an earlier step of the same build): they are still awaited and in the result.
     */
    public AwaitAction withoutLogOf(java.util.Collection<String> taskIds) {
        Set<String> ids = new HashSet<>();
        taskIds.forEach(id -> ids.add(id.trim()));
        return new AwaitAction(client, listener, Set.copyOf(ids));
    }

    /** Waits for the tasks; see {@link #await(Map, AwaitOptions)}. */
    public AwaitResult await(List<String> taskIds, AwaitOptions options)
            throws InterruptedException {
        Map<String, String> labels = new LinkedHashMap<>();
        taskIds.forEach(id -> labels.put(id.trim(), null));
        return await(labels, options);
    }

    /**
     * Waits for the tasks.
     *
     * @param labels task ids, each with a label shown before its log lines when several tasks are
     *     awaited (e.g. the environment's name), or {@code null} to use the task's description
     * @return the outcome of every task
     * @throws DeploymentFailedException when a task failed or was canceled, or the timeout passed;
     *     it carries the {@link AwaitResult}
     * @throws InterruptedException when the thread was interrupted; the tasks were canceled first
     *     if {@link AwaitOptions#cancelOnAbort()}
     */
    public AwaitResult await(Map<String, String> labels, AwaitOptions options)
            throws InterruptedException {
        if (labels.isEmpty()) {
            throw new InvalidActionInputException("No task id was given to wait for.");
        }
        long deadline =
                options.timeout() == null
                        ? Long.MAX_VALUE
                        : System.nanoTime() + options.timeout().toNanos();
        // A server never reached fails at once; one lost after this first answer is waited for.
        Round round = new Round(fetch(labels.keySet()));
        ServerOutage outage = new ServerOutage(listener, redactor);
        Map<String, ActivityLogStreamer> streamers = streamers(labels, round.latest, options);
        ChangeWaiter waiter = outage.retry(() -> changeWaiter(options), deadline);
        boolean timedOut;
        try {
            timedOut = loop(round, streamers, waiter, deadline, options, labels.keySet(), outage);
        } catch (InterruptedException e) {
            cancelAfterAbort(round.pending(), options);
            throw e;
        }
        return finish(labels, round.latest, options, timedOut);
    }

    /** What the waiter knows so far: the tasks as last seen, what was already reported. */
    private static final class Round {
        Map<String, ServerTask> latest;
        final Set<String> flushed = new HashSet<>();
        final Set<String> announced = new HashSet<>();

        Round(Map<String, ServerTask> latest) {
            this.latest = latest;
        }

        List<ServerTask> pending() {
            return latest.values().stream().filter(t -> !t.isDone()).toList();
        }
    }

    /**
     * Reports and waits until every task is done; returns whether the deadline passed first. A
     * server that cannot be reached for a while (a restart) is waited for, not given up on.
     */
    private boolean loop(
            Round round,
            Map<String, ActivityLogStreamer> streamers,
            ChangeWaiter waiter,
            long deadline,
            AwaitOptions options,
            Set<String> ids,
            ServerOutage outage)
            throws InterruptedException {
        while (true) {
            try {
                if (outage.ongoing()) {
                    round.latest = merge(round.latest, fetch(ids(round.pending())));
                }
                Boolean timedOut = round(round, streamers, waiter, deadline, options, ids);
                outage.answered();
                if (timedOut != null) {
                    return timedOut;
                }
            } catch (FreightClientException e) {
                outage.lost(e, deadline);
            }
        }
    }

    /** One round: report, then wait for a change; answers the outcome once there is one. */
    private Boolean round(
            Round round,
            Map<String, ActivityLogStreamer> streamers,
            ChangeWaiter waiter,
            long deadline,
            AwaitOptions options,
            Set<String> ids)
            throws InterruptedException {
        boolean changed = report(round.latest, streamers, round.flushed, round.announced);
        List<ServerTask> pending = round.pending();
        if (pending.isEmpty()) {
            return false;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            if (options.cancelOnTimeout()) {
                cancel(pending, "the timeout passed");
                round.latest = fetch(ids);
            }
            return true;
        }
        waiter.await(pending, changed, Duration.ofNanos(left));
        round.latest = merge(round.latest, fetch(ids(pending)));
        return null;
    }

    private void cancelAfterAbort(List<ServerTask> pending, AwaitOptions options) {
        if (!options.cancelOnAbort() || pending.isEmpty()) {
            return;
        }
        Thread.interrupted(); // clear the flag so the cancel requests can be sent
        try {
            cancel(pending, "waiting was aborted");
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    private boolean report(
            Map<String, ServerTask> latest,
            Map<String, ActivityLogStreamer> streamers,
            Set<String> flushed,
            Set<String> announced) {
        boolean changed = false;
        for (ServerTask task : latest.values()) {
            if (flushed.contains(task.id())) {
                continue;
            }
            ActivityLogStreamer streamer = streamers.get(task.id());
            if (streamer != null) {
                TaskDetails details = client.tasks().details(task.id());
                changed |= streamer.emit(details);
                if (details.progress() != null && details.progress().progressPercentage() != null) {
                    listener.taskProgress(
                            task.id(),
                            task.description(),
                            details.progress().progressPercentage(),
                            details.progress().estimatedTimeRemaining());
                }
            }
            if (task.hasPendingInterruptions()) {
                changed |= announceInterventions(task, announced);
            }
            if (task.isDone()) {
                flushed.add(task.id());
                changed = true;
            }
        }
        return changed;
    }

    private boolean announceInterventions(ServerTask task, Set<String> announced) {
        boolean any = false;
        for (Interruption interruption : client.interruptions().pendingFor(task.id())) {
            if (announced.add(interruption.id())) {
                listener.link(
                        ProgressListener.Level.WARNING,
                        redactor.redact(
                                "Waiting for someone to act on "
                                        + interruption.title()
                                        + " ("
                                        + interruption.type()
                                        + ", "
                                        + interruption.id()
                                        + ")"),
                        webUrl(task));
                any = true;
            }
        }
        return any;
    }

    private Map<String, ActivityLogStreamer> streamers(
            Map<String, String> labels, Map<String, ServerTask> tasks, AwaitOptions options) {
        Map<String, ActivityLogStreamer> streamers = new LinkedHashMap<>();
        if (!options.streamLog()) {
            return streamers;
        }
        boolean several = labels.size() > 1;
        Map<String, String> shown = shownLabels(labels, tasks);
        labels.forEach(
                (id, label) -> {
                    if (!withoutLog.contains(id)) {
                        streamers.put(
                                id,
                                new ActivityLogStreamer(
                                        several ? shown.get(id) : null, listener, redactor));
                    }
                });
        return streamers;
    }

    /**
     * The label before each task's lines: the caller's, else the task's description. Two tasks with
     * the same description (the same release deployed to one environment twice, or a task awaited
     * again next to its rerun) also get their id, so their lines cannot be mistaken for one task's
     * lines printed twice.
     */
    private static Map<String, String> shownLabels(
            Map<String, String> labels, Map<String, ServerTask> tasks) {
        Map<String, String> shown = new LinkedHashMap<>();
        labels.forEach(
                (id, label) -> {
                    String description = tasks.get(id).description();
                    shown.put(id, label != null ? label : description != null ? description : id);
                });
        Map<String, Long> uses = new java.util.HashMap<>();
        shown.values().forEach(text -> uses.merge(text, 1L, Long::sum));
        shown.replaceAll((id, text) -> uses.get(text) > 1 ? text + " " + id : text);
        return shown;
    }

    private ChangeWaiter changeWaiter(AwaitOptions options) {
        PollingWaiter polling =
                new PollingWaiter(options.initialPollInterval(), options.maxPollInterval());
        String follow = client.root().links().get(RootDocument.TASK_FOLLOW_LINK);
        return follow == null ? polling : new FollowingWaiter(client, follow, polling);
    }

    private Map<String, ServerTask> fetch(Set<String> ids) {
        Map<String, ServerTask> byId = new LinkedHashMap<>();
        for (ServerTask task : client.tasks().byIds(ids)) {
            byId.put(task.id(), task);
        }
        List<String> unknown = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidActionInputException(
                    "The server has no task "
                            + String.join(", ", unknown)
                            + " "
                            + client.inSpace()
                            + ".");
        }
        Map<String, ServerTask> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }

    private static Map<String, ServerTask> merge(
            Map<String, ServerTask> latest, Map<String, ServerTask> fresh) {
        Map<String, ServerTask> merged = new LinkedHashMap<>(latest);
        merged.putAll(fresh);
        return merged;
    }

    private static Set<String> ids(List<ServerTask> tasks) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        tasks.forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void cancel(List<ServerTask> pending, String why) {
        for (ServerTask task : pending) {
            try {
                client.tasks().cancel(task.id());
                listener.line(
                        ProgressListener.Level.WARNING,
                        "Canceled "
                                + task.id()
                                + " ("
                                + task.description()
                                + ") because "
                                + why
                                + ".");
            } catch (FreightClientException e) {
                listener.line(
                        ProgressListener.Level.ERROR,
                        "Could not cancel " + task.id() + ": " + e.getMessage());
            }
        }
    }

    private AwaitResult finish(
            Map<String, String> labels,
            Map<String, ServerTask> latest,
            AwaitOptions options,
            boolean timedOut) {
        List<AwaitResult.TaskOutcome> outcomes = new ArrayList<>();
        for (ServerTask task : latest.values()) {
            outcomes.add(
                    new AwaitResult.TaskOutcome(
                            task.id(),
                            task.description(),
                            task.state(),
                            redactor.redact(task.errorMessage()),
                            task.duration(),
                            webUrl(task)));
        }
        AwaitResult result = new AwaitResult(outcomes, timedOut);
        AwaitFailure.check(result, labels, options)
                .ifPresent(
                        message -> {
                            throw new DeploymentFailedException(message, result);
                        });
        return result;
    }

    private String webUrl(ServerTask task) {
        return client.webPage(task.links()).map(Object::toString).orElse(null);
    }
}
