package io.jenkins.plugins.freight.server.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.execution.HealthChecks;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/{space}/tasks}: queues a server task the way Octopus clients do, with {@code
 * {"Name": …, "Description": …, "Arguments": {…}}}. Only {@code Health} can be queued this way
 * (arguments {@code EnvironmentId} and/or {@code MachineIds}; Octopus's {@code Timeout} and {@code
 * MachineTimeout} are accepted and ignored); deployments are queued by creating them. Answers the
 * task (201).
 */
public final class TaskCreationResource {

    private static final Set<String> HEALTH_ARGUMENTS =
            Set.of(
                    HealthChecks.ENVIRONMENT_ID,
                    HealthChecks.MACHINE_IDS,
                    "Timeout",
                    "MachineTimeout");

    private final HealthChecks health;
    private final Clock clock;

    public TaskCreationResource(HealthChecks health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    public void register(Router router) {
        router.post(Router.Scope.SPACE, "tasks", this::create);
    }

    private Reply create(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        if (!body.isObject()) {
            throw invalid(List.of("The request body must be a JSON object."));
        }
        JsonNode name = body.path("Name");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw invalid(List.of("Name is required: the task to queue (Health)."));
        }
        if (!HealthChecks.TASK.equals(name.asText().strip())) {
            throw invalid(
                    List.of(
                            "Task "
                                    + name.asText().strip()
                                    + " cannot be queued here; only Health can (deployments are"
                                    + " queued by creating them)."));
        }
        JsonNode description = body.path("Description");
        JsonNode arguments = body.path("Arguments");
        List<String> errors = new ArrayList<>();
        if (!description.isMissingNode() && !description.isNull() && !description.isTextual()) {
            errors.add("Description must be text.");
        }
        String environmentId = null;
        List<String> machineIds = new ArrayList<>();
        if (!arguments.isMissingNode() && !arguments.isNull()) {
            if (!arguments.isObject()) {
                throw invalid(List.of("Arguments must be a JSON object."));
            }
            Iterator<String> names = arguments.fieldNames();
            while (names.hasNext()) {
                String argument = names.next();
                if (!HEALTH_ARGUMENTS.contains(argument)) {
                    errors.add(
                            "Unknown argument "
                                    + argument
                                    + "; Health takes EnvironmentId and MachineIds.");
                }
            }
            JsonNode environment = arguments.path(HealthChecks.ENVIRONMENT_ID);
            if (environment.isTextual()) {
                environmentId = environment.asText();
            } else if (!environment.isMissingNode() && !environment.isNull()) {
                errors.add("EnvironmentId must be text.");
            }
            JsonNode machines = arguments.path(HealthChecks.MACHINE_IDS);
            if (machines.isArray()) {
                for (JsonNode id : machines) {
                    if (id.isTextual()) {
                        machineIds.add(id.asText());
                    } else {
                        errors.add("MachineIds must be a list of machine ids.");
                        break;
                    }
                }
            } else if (!machines.isMissingNode() && !machines.isNull()) {
                errors.add("MachineIds must be a list of machine ids.");
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        ServerTask task =
                health.queue(
                        r.caller(),
                        r.spaceId(),
                        environmentId,
                        machineIds,
                        description.isTextual() ? description.asText() : null);
        return Reply.created(TaskWire.of(task, r.links(), clock.instant()));
    }

    private static InvalidInputException invalid(List<String> errors) {
        return new InvalidInputException("The task cannot be queued.", errors);
    }
}
