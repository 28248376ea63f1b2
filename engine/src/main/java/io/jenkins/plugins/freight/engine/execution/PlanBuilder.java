package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.execution.LoadedDeployment.LoadedMachine;
import io.jenkins.plugins.freight.engine.machine.AccountCredentials;
import io.jenkins.plugins.freight.engine.machine.AccountType;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.ActionCondition;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.StartTrigger;
import io.jenkins.plugins.freight.engine.release.SelectedPackage;
import io.jenkins.plugins.freight.engine.step.PackageSelection;
import io.jenkins.plugins.freight.engine.target.SshConnector;
import io.jenkins.plugins.freight.engine.target.SshCredentials;
import io.jenkins.plugins.freight.engine.target.SshTargetSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a loaded deployment into an {@link ExecutionPlan}: the frozen process's steps and actions
 * with the package versions the release selected, and the deployment targets as lazily connected
 * SSH targets.
 */
final class PlanBuilder {

    /**
     * The variable (usually scoped to a target) naming the directory under which Freight keeps
     * applications and scratch files on an SSH target; {@code $HOME/.freight} when absent.
     */
    static final String ROOT_DIRECTORY = "Freight.Target.RootDirectory";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final SshConnector connector;

    PlanBuilder(SshConnector connector) {
        this.connector = connector;
    }

    /** Actions left out because they do not run for the deployment's tenant, with the reason. */
    record Plan(ExecutionPlan plan, List<String> notes) {}

    Plan build(LoadedDeployment d, DeploymentVariables variables, boolean runOnServer) {
        return build(d, variables, runOnServer, LoadedWorkers.none());
    }

    /** With the worker pools the deployment's server steps may use. */
    Plan build(
            LoadedDeployment d,
            DeploymentVariables variables,
            boolean runOnServer,
            LoadedWorkers workers) {
        List<String> notes = new ArrayList<>();
        List<PlannedStep> steps = new ArrayList<>();
        for (DeploymentStep step : d.process().steps()) {
            steps.add(step(d, step, notes, variables));
        }
        List<TargetBinding> targets = new ArrayList<>();
        for (LoadedMachine m : d.machines()) {
            targets.add(new TargetBinding(target(m, variables), Set.copyOf(m.machine().roles())));
        }
        WorkerPlanner workerPlan =
                new WorkerPlanner(connector, workers, variables, CONNECT_TIMEOUT);
        Set<String> secrets = new HashSet<>(secrets(d, variables));
        secrets.addAll(workerPlan.secrets());
        ExecutionPlan plan =
                new ExecutionPlan(
                        d.deployment().id(),
                        d.environment().id(),
                        d.channel().id(),
                        steps,
                        targets,
                        variables.deploymentLevel(),
                        secrets,
                        Set.copyOf(d.deployment().skipActions()),
                        d.deployment().useGuidedFailure(),
                        runOnServer,
                        variables,
                        workerPlan.serverWorkers());
        return new Plan(plan, notes);
    }

    private static PlannedStep step(
            LoadedDeployment d,
            DeploymentStep step,
            List<String> notes,
            DeploymentVariables variables) {
        List<PlannedAction> actions = new ArrayList<>();
        for (DeploymentAction action : step.actions()) {
            if (runsForTenant(d, action)) {
                actions.add(action(d, action, variables));
            } else {
                notes.add(
                        "Skipping action "
                                + action.name()
                                + ": it does not run for tenant "
                                + d.tenant().orElseThrow().name()
                                + ".");
            }
        }
        return new PlannedStep(
                step.name(),
                RunCondition.valueOf(step.condition().name()),
                step.properties().getOrDefault(DeploymentStep.CONDITION_EXPRESSION, ""),
                step.startTrigger() == StartTrigger.START_WITH_PREVIOUS,
                step.targetRoles(),
                actions,
                step.properties().getOrDefault(DeploymentStep.MAX_PARALLELISM, ""));
    }

    /** The deployment's sensitive values and the secrets of the targets' accounts. */
    private static Set<String> secrets(LoadedDeployment d, DeploymentVariables variables) {
        Set<String> secrets = new HashSet<>(variables.sensitiveValues());
        for (LoadedMachine m : d.machines()) {
            if (m.credentials() != null) {
                addSecret(secrets, m.credentials().password());
                addSecret(secrets, m.credentials().passphrase());
            }
        }
        return secrets;
    }

    /** Untenanted deployments run every action; tenanted ones those whose tags the tenant has. */
    private static boolean runsForTenant(LoadedDeployment d, DeploymentAction action) {
        if (action.tenantTags().isEmpty() || d.tenant().isEmpty()) {
            return true;
        }
        List<String> tags = d.tenant().get().tenantTags();
        return action.tenantTags().stream()
                .anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase));
    }

    private static PlannedAction action(
            LoadedDeployment d, DeploymentAction action, DeploymentVariables variables) {
        Optional<PackageSelection> primary =
                d.release().selectedPackages().stream()
                        .filter(p -> p.actionName().equalsIgnoreCase(action.name()))
                        .filter(p -> p.packageReferenceName().isEmpty())
                        .findFirst()
                        .map(PlanBuilder::selection);
        return new PlannedAction(
                action.id() == null ? action.name() : action.id(),
                action.name(),
                action.actionType(),
                action.isDisabled(),
                action.isRequired(),
                action.environments(),
                action.excludedEnvironments(),
                action.channels(),
                WorkerPlanner.withWorkerPool(
                        propertiesWithCondition(action), action, variables::value),
                primary);
    }

    /** The properties, with the condition's expression only when the condition is Variable. */
    private static Map<String, String> propertiesWithCondition(DeploymentAction action) {
        if (action.condition() == ActionCondition.VARIABLE
                || !action.properties().containsKey(PlannedAction.CONDITION_EXPRESSION)) {
            return action.properties();
        }
        Map<String, String> props = new java.util.LinkedHashMap<>(action.properties());
        props.remove(PlannedAction.CONDITION_EXPRESSION);
        return props;
    }

    private static PackageSelection selection(SelectedPackage p) {
        return new PackageSelection(p.feedId(), p.packageId(), p.version());
    }

    private LazySshTarget target(LoadedMachine loaded, DeploymentVariables variables) {
        Machine m = loaded.machine();
        if (loaded.problem() != null) {
            return new LazySshTarget(connector, m.id(), m.name(), null, loaded.problem());
        }
        if (!(m.endpoint() instanceof SshEndpoint ssh)) {
            return new LazySshTarget(
                    connector,
                    m.id(),
                    m.name(),
                    null,
                    "Deployment target " + m.name() + " has no SSH endpoint.");
        }
        SshTargetSettings settings =
                new SshTargetSettings(
                        m.id(),
                        m.name(),
                        ssh.host(),
                        ssh.port(),
                        ssh.fingerprint(),
                        credentials(loaded.credentials()),
                        Optional.ofNullable(variables.forTarget(m, ROOT_DIRECTORY))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty()),
                        CONNECT_TIMEOUT);
        return new LazySshTarget(connector, m.id(), m.name(), settings, null);
    }

    static SshCredentials credentials(AccountCredentials c) {
        if (c.accountType() == AccountType.SSH_KEY_PAIR) {
            return new SshCredentials.PrivateKey(c.username(), c.privateKey(), c.passphrase());
        }
        return new SshCredentials.Password(c.username(), c.password() == null ? "" : c.password());
    }

    static void addSecret(Set<String> secrets, String value) {
        if (value != null && !value.isEmpty()) {
            secrets.add(value);
        }
    }
}
