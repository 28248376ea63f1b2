package io.jenkins.plugins.freight.engine.apply;

import java.util.List;

/**
 * What an apply did, or (for a dry run) would do: every object of the document in the order
 * applied, with its {@link Change}.
 */
public record ApplyResult(boolean dryRun, List<Change> changes) {

    public ApplyResult {
        changes = List.copyOf(changes);
    }

    public long created() {
        return changes.stream().filter(c -> c.action() == Change.Action.CREATE).count();
    }

    public long modified() {
        return changes.stream().filter(c -> c.action() == Change.Action.MODIFY).count();
    }

    public long unchanged() {
        return changes.stream().filter(c -> c.action() == Change.Action.UNCHANGED).count();
    }
}
