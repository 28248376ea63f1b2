package io.jenkins.plugins.freight.client.task;

import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.transport.ResourceCollection;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Server tasks: state, activity log, cancel. */
public final class TaskApi {

    /** How many ids go in one list request (the official waiter's batch size). */
    static final int BATCH = 300;

    private final FreightClient client;

    public TaskApi(FreightClient client) {
        this.client = client;
    }

    /**
     * The tasks with those ids, in batches of 300; ids the server does not know are left out (the
     * caller decides whether that is an error).
     */
    public List<ServerTask> byIds(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<ServerTask> tasks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            ResourceCollection<ServerTask> page =
                    client.transport()
                            .get(
                                    client.spaceUrl("tasks")
                                            .newBuilder()
                                            .addQueryParameter("skip", "0")
                                            .addQueryParameter("take", String.valueOf(BATCH))
                                            .addQueryParameter("ids", String.join(",", batch))
                                            .build(),
                                    Transport.collectionOf(ServerTask.class));
            tasks.addAll(page.items());
        }
        return tasks;
    }

    public ServerTask get(String taskId) {
        return client.transport().get(client.spaceUrl("tasks", taskId), ServerTask.class);
    }

    /** The task with its progress and activity tree (Info and above). */
    public TaskDetails details(String taskId) {
        return client.transport()
                .get(
                        client.spaceUrl("tasks", taskId, "details")
                                .newBuilder()
                                .addQueryParameter("verbose", "false")
                                .build(),
                        TaskDetails.class);
    }

    /** The whole log as plain text. */
    public String raw(String taskId) {
        return client.transport().getText(client.spaceUrl("tasks", taskId, "raw"));
    }

    /** Asks the server to cancel the task; returns the task as it is afterwards. */
    public ServerTask cancel(String taskId) {
        client.transport().post(client.spaceUrl("tasks", taskId, "cancel"), null, Void.class);
        return get(taskId);
    }
}
