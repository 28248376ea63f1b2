package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineService;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectService;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.PermissionScope;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantService;
import io.jenkins.plugins.freight.engine.variable.ScopeContext;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableResolver;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.engine.variable.VariableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a deployment of a project would see in a context (Octopus {@code variables/preview}): the
 * current variables of the project and of the library variable sets it includes, narrowed to the
 * environment, channel, tenant, action and target with the scoping and precedence deployments use
 * ({@link VariableResolver}, {@link ScopeContext}), then the system variables known before a
 * deployment exists, which win as they do in a deployment.
 *
 * <p>Values are shown as stored, templates not evaluated (evaluating {@code #{Secret}} inside a
 * plain value would reveal a secret); sensitive values are withheld. Prompted variables show their
 * default value.
 */
public final class VariablePreview {

    private final Database database;
    private final AccessPolicy access;
    private final SpaceService spaces;
    private final ProjectService projects;
    private final ProcessService processes;
    private final ChannelService channels;
    private final EnvironmentService environments;
    private final TenantService tenants;
    private final MachineService machines;
    private final VariableService variables;

    public VariablePreview(
            Database database,
            AccessPolicy access,
            SpaceService spaces,
            ProjectService projects,
            ProcessService processes,
            ChannelService channels,
            EnvironmentService environments,
            TenantService tenants,
            MachineService machines,
            VariableService variables) {
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.processes = Objects.requireNonNull(processes, "processes");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.environments = Objects.requireNonNull(environments, "environments");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.machines = Objects.requireNonNull(machines, "machines");
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    /**
     * The winning value of every variable in the context, as a variable set owned by the project
     * (needs VariableView for the project, environment and tenant).
     *
     * @throws InvalidInputException without a project, with a runbook, or with a channel or action
     *     that is not the project's
     * @throws NotFoundException for an unknown project, environment, channel, tenant or machine
     */
    public VariableSet preview(Caller caller, String spaceId, VariablePreviewQuery query) {
        if (blank(query.project())) {
            throw new InvalidInputException(
                    "A variable preview needs the project whose deployments it shows.",
                    List.of("project is required"));
        }
        if (!blank(query.runbook())) {
            throw new InvalidInputException(
                    "Freight has no runbooks; preview the variables of a project's deployments.",
                    List.of("runbook is not supported"));
        }
        Space space = database.withHandle(h -> spaces.require(h, spaceId));
        Project project = projects.get(caller, spaceId, query.project());
        Environment environment =
                blank(query.environment())
                        ? null
                        : environments.get(caller, spaceId, query.environment());
        Tenant tenant = blank(query.tenant()) ? null : tenants.get(caller, spaceId, query.tenant());
        access.requireFor(
                caller,
                "VariableView",
                PermissionScope.space(spaceId)
                        .withProject(project.id())
                        .withProjectGroup(project.projectGroupId())
                        .withEnvironment(environment == null ? null : environment.id())
                        .withTenant(tenant == null ? null : tenant.id()));
        Channel channel = blank(query.channel()) ? null : channel(caller, spaceId, project, query);
        Machine machine =
                blank(query.machine()) ? null : machines.get(caller, spaceId, query.machine());

        ScopeContext context =
                ScopeContext.deployment(
                        environment == null ? null : environment.id(),
                        channel == null ? null : channel.id(),
                        tenant == null ? null : tenant.id(),
                        tenant == null ? Set.of() : Set.copyOf(tenant.tenantTags()),
                        project.id());
        Map<String, String> system =
                SystemVariables.beforeDeployment(space, project, environment, channel, tenant);
        if (!blank(query.action())) {
            Located located = action(caller, spaceId, project, query.action());
            context =
                    context.forAction(
                            DeploymentVariables.actionScopeIds(
                                    located.action().id(),
                                    located.action().name(),
                                    located.step().name(),
                                    located.step().id()),
                            Set.copyOf(located.step().targetRoles()));
            system.put("Octopus.Step.Name", located.step().name());
            system.put("Octopus.Action.Name", located.action().name());
            system.put("Octopus.Action.Id", located.action().id());
            system.put(
                    "Octopus.Action.TargetRoles", String.join(",", located.step().targetRoles()));
        }
        if (machine != null || !blank(query.role())) {
            Set<String> tags = new LinkedHashSet<>();
            if (machine != null) {
                tags.addAll(machine.roles());
                system.put("Octopus.Machine.Id", machine.id());
                system.put("Octopus.Machine.Name", machine.name());
                system.put("Octopus.Machine.Roles", String.join(",", machine.roles()));
            }
            if (!blank(query.role())) {
                tags.add(query.role().strip());
            }
            context = context.forTarget(machine == null ? null : machine.id(), tags);
        }

        VariableSet own = variables.getForOwner(caller, project.id());
        List<VariableSet> sets = new ArrayList<>();
        sets.add(own);
        for (String library : project.includedLibraryVariableSetIds()) {
            try {
                sets.add(variables.getForOwner(caller, library));
            } catch (NotFoundException deleted) {
                // a library set deleted after it was included contributes nothing, as in releases
            }
        }
        Map<String, Variable> shown = new LinkedHashMap<>();
        for (Variable v : VariableResolver.winners(sets, context)) {
            shown.put(key(v.name()), v.isSensitive() ? v.withValue(null) : v);
        }
        system.forEach((name, value) -> shown.put(key(name), systemVariable(name, value)));
        return new VariableSet(
                own.id(), spaceId, project.id(), own.version(), List.copyOf(shown.values()));
    }

    private Channel channel(
            Caller caller, String spaceId, Project project, VariablePreviewQuery query) {
        Channel channel = channels.get(caller, spaceId, query.channel());
        if (!channel.projectId().equals(project.id())) {
            throw new InvalidInputException(
                    "The channel "
                            + channel.name()
                            + " belongs to another project than "
                            + project.name()
                            + ".",
                    List.of("channel is not a channel of the project"));
        }
        return channel;
    }

    private record Located(DeploymentStep step, DeploymentAction action) {}

    /** The action by id or name (or the step, by id or name, when it has one action). */
    private Located action(Caller caller, String spaceId, Project project, String reference) {
        DeploymentProcess process = processes.getForProject(caller, spaceId, project.id());
        for (DeploymentStep step : process.steps()) {
            for (DeploymentAction action : step.actions()) {
                if (reference.equals(action.id()) || reference.equalsIgnoreCase(action.name())) {
                    return new Located(step, action);
                }
            }
        }
        for (DeploymentStep step : process.steps()) {
            if ((reference.equals(step.id()) || reference.equalsIgnoreCase(step.name()))
                    && step.actions().size() == 1) {
                return new Located(step, step.actions().get(0));
            }
        }
        throw new InvalidInputException(
                "The deployment process of "
                        + project.name()
                        + " has no action '"
                        + reference
                        + "'.",
                List.of("action is not an action of the project's process"));
    }

    private static Variable systemVariable(String name, String value) {
        return new Variable(
                null,
                name,
                value,
                "System variable",
                VariableType.STRING,
                false,
                VariableScope.UNSCOPED,
                null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
