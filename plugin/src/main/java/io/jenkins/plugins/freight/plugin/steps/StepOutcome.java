package io.jenkins.plugins.freight.plugin.steps;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a step produced: the value a Pipeline step returns (a map of strings, numbers, booleans,
 * lists and maps), the environment variables a freestyle build gets, the links for the build's
 * summary and badge, the server tasks it started (for a later {@code freightAwait}) and those it
 * waited for until they ended, their log shown (which a later {@code freightAwait} does not show
 * again).
 */
public record StepOutcome(
        Map<String, Object> value,
        Map<String, String> environment,
        List<RunLink> links,
        List<String> startedTaskIds,
        List<String> awaitedTaskIds)
        implements Serializable {

    public StepOutcome {
        value =
                value == null
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(
                                new java.util.LinkedHashMap<>(value));
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        links = links == null ? List.of() : List.copyOf(links);
        startedTaskIds = startedTaskIds == null ? List.of() : List.copyOf(startedTaskIds);
        awaitedTaskIds = awaitedTaskIds == null ? List.of() : List.copyOf(awaitedTaskIds);
    }

    /** An outcome that waited for no task. */
    public StepOutcome(
            Map<String, Object> value,
            Map<String, String> environment,
            List<RunLink> links,
            List<String> startedTaskIds) {
        this(value, environment, links, startedTaskIds, List.of());
    }

    public static StepOutcome empty() {
        return new StepOutcome(Map.of(), Map.of(), List.of(), List.of());
    }

    /**
     * A page on the server: a release, a deployment (with its final state when known) or a task.
     */
    public record RunLink(String kind, String label, String url, String state)
            implements Serializable {}
}
