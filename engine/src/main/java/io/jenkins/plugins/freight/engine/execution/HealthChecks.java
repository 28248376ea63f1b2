package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskRequest;
import io.jenkins.plugins.freight.engine.task.TaskService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues {@code Health} tasks (Octopus's health check): for the targets of one environment, for
 * chosen targets, or for every enabled target and worker of the space. {@link HealthTaskHandler}
 * runs them. Needs MachineEdit: the check changes the targets' recorded health.
 */
public final class HealthChecks {

    public static final String TASK = "Health";
    public static final String ENVIRONMENT_ID = "EnvironmentId";
    public static final String MACHINE_IDS = "MachineIds";
    public static final String PERMISSION = "MachineEdit";

    private final Database database;
    private final AccessPolicy access;
    private final SpaceService spaces;
    private final EnvironmentService environments;
    private final MachineService machines;
    private final TaskService tasks;

    public HealthChecks(
            Database database,
            AccessPolicy access,
            SpaceService spaces,
            EnvironmentService environments,
            MachineService machines,
            TaskService tasks) {
        this.database = database;
        this.access = access;
        this.spaces = spaces;
        this.environments = environments;
        this.machines = machines;
        this.tasks = tasks;
    }

    /**
     * Queues a health check.
     *
     * @param environmentId check the enabled targets of this environment (id or name), or null
     * @param machineIds check these targets (ids or names; disabled ones too), or empty
     * @param description one line for people, or null for a generated one
     * @throws InvalidInputException when the environment or a target does not exist; nothing is
     *     queued then
     */
    public ServerTask queue(
            Caller caller,
            String spaceId,
            String environmentId,
            List<String> machineIds,
            String description) {
        access.require(caller, PERMISSION, spaceId);
        List<String> references = machineIds == null ? List.of() : machineIds;
        return database.inTransaction(
                h -> {
                    spaces.require(h, spaceId);
                    Map<String, Object> arguments = new LinkedHashMap<>();
                    List<String> errors = new ArrayList<>();
                    String what = "all deployment targets and workers";
                    String environment = null;
                    if (environmentId != null && !environmentId.isBlank()) {
                        try {
                            Environment e = environments.require(h, spaceId, environmentId.strip());
                            environment = e.id();
                            arguments.put(ENVIRONMENT_ID, e.id());
                            what = "the deployment targets in " + e.name();
                        } catch (NotFoundException e) {
                            errors.add("Environment " + environmentId.strip() + " does not exist.");
                        }
                    }
                    Set<String> ids = new LinkedHashSet<>();
                    for (String reference : references) {
                        if (reference == null || reference.isBlank()) {
                            errors.add("A machine id is empty.");
                            continue;
                        }
                        try {
                            ids.add(machines.require(h, spaceId, reference.strip()).id());
                        } catch (NotFoundException e) {
                            errors.add(
                                    "Deployment target " + reference.strip() + " does not exist.");
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw new InvalidInputException(
                                "The health check cannot be queued.", errors);
                    }
                    if (!ids.isEmpty()) {
                        arguments.put(MACHINE_IDS, List.copyOf(ids));
                        what =
                                environment == null
                                        ? String.join(", ", ids)
                                        : what + " among " + String.join(", ", ids);
                    }
                    String text =
                            description == null || description.isBlank()
                                    ? "Check health of " + what
                                    : description.strip();
                    return tasks.enqueue(
                            h,
                            TaskRequest.of(spaceId, TASK, text)
                                    .withArguments(arguments)
                                    .regarding(null, environment, null));
                });
    }
}
