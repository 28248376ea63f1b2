package io.jenkins.plugins.freight.server.tasks;

import java.util.Map;

/** One entry of {@code /api/tasks/taskTypes}: a kind of server task. */
public record TaskTypeWire(String id, String name, String description) {

    private static final Map<String, String> DESCRIPTIONS =
            Map.of(
                    "Deploy",
                    "Deploys a release to an environment (and tenant).",
                    "Health",
                    "Checks that deployment targets and workers can be reached over SSH.");

    static TaskTypeWire of(String taskName) {
        return new TaskTypeWire(taskName, taskName, DESCRIPTIONS.getOrDefault(taskName, taskName));
    }
}
