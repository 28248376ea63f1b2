package io.jenkins.plugins.freight.client.apply;

import java.util.List;

/**
 * What the server did (or, for a dry run, would do) with an apply document.
 *
 * @param changes every object of the document in the order applied
 */
public record ApplyResult(
        boolean dryRun, int created, int modified, int unchanged, List<Change> changes) {

    public ApplyResult {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * One object of the document.
     *
     * @param action {@code Create}, {@code Modify} or {@code Unchanged}
     * @param kind e.g. {@code environment}, {@code project}
     * @param details for a modification, the changed parts (never values)
     */
    public record Change(String action, String kind, String name, List<String> details) {

        public Change {
            details = details == null ? List.of() : List.copyOf(details);
        }
    }
}
