package io.jenkins.plugins.freight.server.apply;

import io.jenkins.plugins.freight.engine.apply.ApplyResult;
import io.jenkins.plugins.freight.engine.apply.Change;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@code POST /api/{space}/apply}: every object of the document with what applying
 * did (or, for a dry run, would do) to it, and the counts.
 */
record ApplyWire(
        boolean dryRun, long created, long modified, long unchanged, List<ChangeWire> changes) {

    /**
     * @param action {@code Create}, {@code Modify} or {@code Unchanged}
     * @param details the changed parts of a modified object; never values
     */
    record ChangeWire(String action, String kind, String name, List<String> details) {}

    static ApplyWire of(ApplyResult result) {
        return new ApplyWire(
                result.dryRun(),
                result.created(),
                result.modified(),
                result.unchanged(),
                result.changes().stream().map(ApplyWire::change).toList());
    }

    private static ChangeWire change(Change c) {
        String action = c.action().name().toLowerCase(Locale.ROOT);
        return new ChangeWire(
                Character.toUpperCase(action.charAt(0)) + action.substring(1),
                c.kind(),
                c.name(),
                c.details());
    }
}
