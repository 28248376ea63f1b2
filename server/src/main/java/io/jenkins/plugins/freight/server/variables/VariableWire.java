package io.jenkins.plugins.freight.server.variables;

import io.jenkins.plugins.freight.engine.variable.ScopeDimension;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariablePrompt;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import io.jenkins.plugins.freight.engine.variable.VariableType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variable as Octopus clients see it. A sensitive variable's {@code Value} is never returned;
 * on PUT, a sensitive variable sent with its {@code Id} and an empty value keeps its stored secret.
 */
public record VariableWire(
        String id,
        String name,
        String value,
        String description,
        String type,
        Boolean isSensitive,
        Boolean isEditable,
        PromptWire prompt,
        Map<String, List<String>> scope) {

    public record PromptWire(
            String label,
            String description,
            Boolean required,
            Map<String, String> displaySettings) {}

    static VariableWire of(Variable v) {
        Map<String, List<String>> scope = new LinkedHashMap<>();
        v.scope().values().forEach((dimension, ids) -> scope.put(dimension.wireName(), ids));
        VariablePrompt p = v.prompt();
        return new VariableWire(
                v.id(),
                v.name(),
                v.isSensitive() ? null : v.value(),
                v.description(),
                v.type().wireName(),
                v.isSensitive(),
                v.id() != null, // system variables in a preview have no id and cannot be edited
                p == null
                        ? null
                        : new PromptWire(
                                p.label(), p.description(), p.required(), p.displaySettings()),
                scope);
    }

    Variable toVariable() {
        boolean sensitive = isSensitive != null && isSensitive;
        VariableType t = type == null || type.isBlank() ? null : VariableType.fromWire(type);
        Map<ScopeDimension, List<String>> dimensions = new EnumMap<>(ScopeDimension.class);
        if (scope != null) {
            scope.forEach((key, ids) -> dimensions.put(ScopeDimension.fromWire(key), ids));
        }
        return new Variable(
                id == null || id.isBlank() ? null : id,
                name == null ? "" : name,
                value,
                description,
                t,
                sensitive,
                new VariableScope(dimensions),
                prompt == null || prompt.label() == null
                        ? null
                        : new VariablePrompt(
                                prompt.label(),
                                prompt.description(),
                                prompt.required() != null && prompt.required(),
                                prompt.displaySettings()));
    }
}
