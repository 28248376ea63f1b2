package io.jenkins.plugins.freight.server.variables;

import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/**
 * The Octopus variable set. {@code ScopeValues} is reference data the server computes (the names
 * behind scope ids) and is ignored on input.
 */
public record VariableSetWire(
        String id,
        String ownerId,
        String spaceId,
        Integer version,
        List<VariableWire> variables,
        Map<String, List<Map<String, String>>> scopeValues,
        Map<String, String> links) {

    static VariableSetWire of(
            VariableSet set, Map<String, List<Map<String, String>>> scopeValues, Links l) {
        return new VariableSetWire(
                set.id(),
                set.ownerId(),
                set.spaceId(),
                set.version(),
                set.variables().stream().map(VariableWire::of).toList(),
                scopeValues,
                Links.of(
                        "Self",
                        l.api(
                                "/"
                                        + Links.segment(set.spaceId())
                                        + "/variables/"
                                        + Links.segment(set.id()))));
    }

    VariableSet toVariableSet(VariableSet stored) {
        return new VariableSet(
                stored.id(),
                stored.spaceId(),
                stored.ownerId(),
                version == null ? -1 : version,
                variables == null
                        ? List.of()
                        : variables.stream().map(VariableWire::toVariable).toList());
    }
}
