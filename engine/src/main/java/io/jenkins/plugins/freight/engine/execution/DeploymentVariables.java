package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.target.Target;
import io.jenkins.plugins.freight.engine.variable.ScopeContext;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableDictionary;
import io.jenkins.plugins.freight.engine.variable.VariableResolver;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The release's frozen variables as the deployment sees them: resolved for the environment,
 * channel, tenant and project; narrowed per action (step and action scopes, the step's target tags)
 * and per target (machine and target-tag scopes); prompted values replace the values of prompted
 * variables; the system variables come last and win.
 */
final class DeploymentVariables implements ExecutionPlan.ScopedVariables {

    private final LoadedDeployment deployment;
    private final Map<String, String> system;
    private final ScopeContext context;
    private final Map<String, String> prompted = new HashMap<>();
    private final Map<String, DeploymentStep> steps = new HashMap<>();
    private final Map<String, Machine> machines = new HashMap<>();
    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();
    private final VariableDictionary deploymentLevel;

    DeploymentVariables(LoadedDeployment deployment, Map<String, String> system) {
        this.deployment = deployment;
        this.system = Map.copyOf(system);
        this.context =
                ScopeContext.deployment(
                        deployment.environment().id(),
                        deployment.channel().id(),
                        deployment.tenant().map(t -> t.id()).orElse(null),
                        deployment.tenant().map(t -> Set.copyOf(t.tenantTags())).orElse(Set.of()),
                        deployment.project().id());
        deployment.prompted().forEach((name, value) -> prompted.put(key(name), value));
        deployment.process().steps().forEach(s -> steps.put(s.name(), s));
        deployment.machines().forEach(m -> machines.put(m.machine().id(), m.machine()));
        this.deploymentLevel = dictionary(context, Map.of());
    }

    /** The variables before any step or target: what conditions and the plan see. */
    Map<String, String> deploymentLevel() {
        return deploymentLevel.toMap();
    }

    /** A deployment-level variable's value, templates evaluated; null when absent. */
    String value(String name) {
        return deploymentLevel.get(name);
    }

    /** One variable resolved for a target (machine and target-tag scopes apply). */
    String forTarget(Machine machine, String name) {
        ScopeContext target = context.forTarget(machine.id(), Set.copyOf(machine.roles()));
        return dictionary(target, Map.of()).get(name);
    }

    /**
     * Every value to hide in logs: sensitive values in any scope (as stored and as evaluated) and
     * sensitive prompted values.
     */
    Set<String> sensitiveValues() {
        Set<String> secrets = new LinkedHashSet<>(deploymentLevel.sensitiveValues());
        for (VariableSet set : deployment.variableSets()) {
            for (Variable v : set.variables()) {
                if (v.isSensitive() && v.value() != null && !v.value().isEmpty()) {
                    secrets.add(v.value());
                }
            }
        }
        for (String name : deployment.sensitivePrompted()) {
            String value = prompted.get(key(name));
            if (value != null && !value.isEmpty()) {
                secrets.add(value);
            }
        }
        return secrets;
    }

    @Override
    public Map<String, String> forAction(PlannedStep step, PlannedAction action, Target target) {
        return cache.computeIfAbsent(
                step.name() + "\n" + action.id() + "\n" + target.id(),
                k -> resolve(step, action, target));
    }

    private Map<String, String> resolve(PlannedStep step, PlannedAction action, Target target) {
        DeploymentStep source = steps.get(step.name());
        Set<String> actions =
                actionScopeIds(
                        action.id(),
                        action.name(),
                        step.name(),
                        source == null ? null : source.id());
        ScopeContext scope = context.forAction(actions, Set.copyOf(step.targetRoles()));
        Machine machine = machines.get(target.id());
        if (machine != null) {
            scope = scope.forTarget(machine.id(), Set.copyOf(machine.roles()));
        }
        Map<String, String> extra = new HashMap<>();
        action.primaryPackage()
                .ifPresent(
                        p -> {
                            extra.put("Octopus.Action.Package.PackageId", p.packageId());
                            extra.put("Octopus.Action.Package.PackageVersion", p.version());
                            extra.put("Octopus.Action.Package.FeedId", p.feedId());
                        });
        extra.put(
                "Octopus.Machine.Roles", machine == null ? "" : String.join(",", machine.roles()));
        return Map.copyOf(dictionary(scope, extra).toMap());
    }

    /** What an action answers to in Action scopes: its id and name, and its step's name and id. */
    static Set<String> actionScopeIds(
            String actionId, String actionName, String stepName, String stepId) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : new String[] {actionId, actionName, stepName, stepId}) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private VariableDictionary dictionary(ScopeContext scope, Map<String, String> extra) {
        VariableDictionary out = new VariableDictionary();
        List<Variable> winners = VariableResolver.winners(deployment.variableSets(), scope);
        for (Variable v : winners) {
            String value = v.value();
            if (v.prompt() != null && prompted.containsKey(key(v.name()))) {
                value = prompted.get(key(v.name()));
            }
            if (value == null) {
                continue;
            }
            if (v.isSensitive()) {
                out.setSensitive(v.name(), value);
            } else {
                out.set(v.name(), value);
            }
        }
        system.forEach(out::set);
        extra.forEach(out::set);
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
