package io.jenkins.plugins.freight.engine.variable;

import java.util.List;

/**
 * The variables a release froze: the project's set and the library sets it included, in precedence
 * order (project first). Values of sensitive variables are decrypted, for execution only; {@link
 * #redacted()} gives the form an API may show.
 */
public record VariableSnapshot(String id, List<VariableSet> sets) {

    public VariableSnapshot {
        sets = List.copyOf(sets);
    }

    public VariableSnapshot redacted() {
        return new VariableSnapshot(
                id,
                sets.stream()
                        .map(
                                s ->
                                        s.withVariables(
                                                s.variables().stream()
                                                        .map(Variable::redacted)
                                                        .toList()))
                        .toList());
    }

    @Override
    public String toString() {
        return "VariableSnapshot[id="
                + id
                + ", sets="
                + sets.stream().map(VariableSet::id).toList()
                + "]";
    }
}
