package io.jenkins.plugins.freight.client.actions;

import io.jenkins.plugins.freight.client.FreightClient;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Waits for the deployments an action started and records how each ended. */
final class DeploymentWait {

    private DeploymentWait() {}

    static DeployResult await(
            FreightClient client,
            ProgressListener listener,
            DeployResult started,
            AwaitOptions options)
            throws InterruptedException {
        Map<String, String> labels = new LinkedHashMap<>();
        started.deployments().forEach(d -> labels.put(d.taskId(), d.label()));
        AwaitResult awaited;
        try {
            awaited = new AwaitAction(client, listener).await(labels, options);
        } catch (DeploymentFailedException e) {
            AwaitResult partial = (AwaitResult) e.result();
            throw new DeploymentFailedException(e.getMessage(), merge(started, partial));
        }
        DeployResult done = merge(started, awaited);
        for (DeployResult.DeploymentOutcome d : done.deployments()) {
            listener.link(
                    ProgressListener.Level.HIGHLIGHT,
                    "Deployment to " + d.label() + " ended: " + d.state().wireName(),
                    d.webUrl());
        }
        return done;
    }

    private static DeployResult merge(DeployResult started, AwaitResult awaited) {
        Map<String, AwaitResult.TaskOutcome> byTask = new HashMap<>();
        awaited.tasks().forEach(t -> byTask.put(t.taskId(), t));
        List<DeployResult.DeploymentOutcome> ended =
                started.deployments().stream()
                        .map(
                                d -> {
                                    AwaitResult.TaskOutcome t = byTask.get(d.taskId());
                                    return t == null ? d : d.withEnd(t.state(), t.errorMessage());
                                })
                        .toList();
        return new DeployResult(
                started.projectId(),
                started.projectName(),
                started.releaseId(),
                started.releaseVersion(),
                started.releaseWebUrl(),
                ended);
    }
}
