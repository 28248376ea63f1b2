package io.jenkins.plugins.freight.engine.apply;

import java.util.List;

/**
 * One object of the document and what applying does to it.
 *
 * @param kind what it is: {@code environment}, {@code lifecycle}, {@code project group}, {@code
 *     user}, {@code team}, {@code project}, {@code deployment target}
 * @param details for a modification, one phrase per changed part (e.g. {@code description}, {@code
 *     process step 3 'Deployment Sign Off' changed}); never a value, so no secret is shown
 */
public record Change(Action action, String kind, String name, List<String> details) {

    public enum Action {
        CREATE,
        MODIFY,
        UNCHANGED
    }

    public Change {
        details = List.copyOf(details);
    }

    public boolean changes() {
        return action != Action.UNCHANGED;
    }
}
