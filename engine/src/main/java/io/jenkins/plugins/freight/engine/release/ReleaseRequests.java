package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks of release requests that need no database. */
final class ReleaseRequests {

    static final int MAX_CUSTOM_FIELDS = 10;
    static final int MAX_CUSTOM_FIELD_LENGTH = 150;
    static final int MAX_NOTES_LENGTH = 1_000_000;

    void check(CreateReleaseRequest request) {
        List<String> errors = new ArrayList<>();
        if (request.project() == null || request.project().isBlank()) {
            errors.add("A project is required.");
        }
        if (request.releaseNotes().length() > MAX_NOTES_LENGTH) {
            errors.add("Release notes are limited to " + MAX_NOTES_LENGTH + " characters.");
        }
        if (request.customFields().size() > MAX_CUSTOM_FIELDS) {
            errors.add("A release has at most " + MAX_CUSTOM_FIELDS + " custom fields.");
        }
        for (Map.Entry<String, String> field : request.customFields().entrySet()) {
            if (field.getKey() == null || field.getKey().isBlank()) {
                errors.add("Custom field names must not be empty.");
            } else if (field.getValue() != null
                    && field.getValue().length() > MAX_CUSTOM_FIELD_LENGTH) {
                errors.add(
                        "Custom field "
                                + field.getKey()
                                + " is longer than "
                                + MAX_CUSTOM_FIELD_LENGTH
                                + " characters.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0), errors);
        }
    }

    static void checkPage(int skip, int take) {
        if (skip < 0 || take < 0) {
            String message = "skip and take must not be negative.";
            throw new InvalidInputException(message, List.of(message));
        }
    }
}
