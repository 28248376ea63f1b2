package io.jenkins.plugins.freight.engine.step;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Step kinds by Octopus action type. */
public final class StepRegistry {

    private final Map<String, StepKind> kinds = new LinkedHashMap<>();

    public StepRegistry(Collection<? extends StepKind> kinds) {
        for (StepKind kind : kinds) {
            if (this.kinds.putIfAbsent(kind.actionType(), kind) != null) {
                throw new IllegalArgumentException(
                        "Two step kinds are registered for " + kind.actionType());
            }
        }
    }

    /** The built-in kinds: script, package deploy, manual intervention, e-mail, HTTP check. */
    public static StepRegistry builtIn() {
        return new StepRegistry(
                List.of(
                        new ScriptStep(),
                        new PackageDeployStep(),
                        new ManualInterventionStep(),
                        new EmailStep(),
                        new HttpHealthCheckStep()));
    }

    public Optional<StepKind> find(String actionType) {
        return Optional.ofNullable(kinds.get(actionType));
    }

    /** The kind for an action type, or a clear error naming the supported ones. */
    public StepKind get(String actionType) {
        return find(actionType)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "Action type '"
                                                + actionType
                                                + "' is not supported; supported types are "
                                                + String.join(", ", kinds.keySet())
                                                + "."));
    }

    public Collection<String> actionTypes() {
        return List.copyOf(kinds.keySet());
    }
}
