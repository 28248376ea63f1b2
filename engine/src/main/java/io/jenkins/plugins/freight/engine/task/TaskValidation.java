package io.jenkins.plugins.freight.engine.task;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Checks a {@link TaskRequest} before anything is stored. */
final class TaskValidation {

    private TaskValidation() {}

    static void check(TaskRequest request) {
        List<String> errors = new ArrayList<>();
        if (request.name().isBlank()) {
            errors.add("The task name must not be empty");
        } else if (request.name().length() > 100) {
            errors.add("The task name must not be longer than 100 characters");
        }
        if (request.description().length() > 1000) {
            errors.add("The task description must not be longer than 1000 characters");
        }
        if (request.concurrencyTag() != null
                && (request.concurrencyTag().isBlank()
                        || request.concurrencyTag().length() > 300)) {
            errors.add("The concurrency tag must have 1 to 300 characters");
        }
        checkId(errors, "space", request.spaceId());
        checkId(errors, "project", request.projectId());
        checkId(errors, "environment", request.environmentId());
        checkId(errors, "tenant", request.tenantId());
        if (request.queueTime() != null
                && request.queueTimeExpiry() != null
                && !request.queueTimeExpiry().isAfter(request.queueTime())) {
            errors.add("The queue-time expiry must be later than the queue time");
        }
        try {
            TaskRows.writeArguments(request.arguments());
        } catch (InvalidInputException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The task cannot be queued", errors);
        }
    }

    private static void checkId(List<String> errors, String what, String id) {
        if (id != null && (id.isBlank() || id.length() > 50)) {
            errors.add("The " + what + " id must have 1 to 50 characters");
        }
    }
}
