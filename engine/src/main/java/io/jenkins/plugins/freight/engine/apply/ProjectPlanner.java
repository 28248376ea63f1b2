package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.apply.PlannedChange.Operation;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ChannelSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.VariableSpec;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.variable.ScopeDimension;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import io.jenkins.plugins.freight.engine.variable.VariableType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Plans one project of the document: the project itself, its channels, its deployment process and
 * its variables. A process or variable list in the document is the whole list: applying it makes
 * the project's process or variables exactly that.
 *
 * <p>Sensitive values: the stored secret is never read out. A sensitive variable counts as
 * unchanged when a stored sensitive variable of the same name and scope holds the same value (the
 * engine compares them, for callers that may edit the variables); when saving, such a variable
 * keeps its stored secret by id.
 */
final class ProjectPlanner {

    private static final String SENSITIVE = "(sensitive)";
    private static final String OTHER_SECRET = "(another sensitive value)";

    private final ApplyServices engine;
    private final Caller caller;
    private final String spaceId;
    private final SpaceState state;
    private final Ids ids;

    ProjectPlanner(ApplyServices engine, Caller caller, SpaceState state, Ids ids) {
        this.engine = engine;
        this.caller = caller;
        this.spaceId = state.spaceId;
        this.state = state;
        this.ids = ids;
    }

    PlannedChange plan(ProjectSpec spec) {
        Optional<Project> current = state.projects.byName(spec.name());
        String projectId = ids.id(Ids.PROJECT, spec.name());
        List<Operation> operations = new ArrayList<>();
        List<String> details = new ArrayList<>();
        if (current.isEmpty()) {
            operations.add(
                    new Operation(
                            SpacePlanner.PROJECTS,
                            "ProjectCreate",
                            false,
                            live -> create(spec, live)));
        } else {
            Project p = current.get();
            List<String> changed =
                    new Comparison()
                            .field("description", spec.description(), p.description())
                            .field(
                                    "group",
                                    key(spec.group()),
                                    key(state.groups.nameOf(p.projectGroupId())))
                            .field(
                                    "lifecycle",
                                    key(spec.lifecycle()),
                                    key(state.lifecycles.nameOf(p.lifecycleId())))
                            .field("disabled", spec.disabled(), p.isDisabled())
                            .changed();
            details.addAll(changed);
            if (!changed.isEmpty()) {
                operations.add(
                        new Operation(
                                SpacePlanner.PROJECTS,
                                "ProjectEdit",
                                false,
                                live -> modify(spec, p, live)));
            }
        }
        if (spec.channels() != null) {
            for (ChannelSpec channel : spec.channels()) {
                channel(spec, projectId, channel, details, operations);
            }
        }
        if (spec.process() != null) {
            process(spec, projectId, details, operations);
        }
        if (spec.variables() != null) {
            variables(spec, projectId, details, operations);
        }
        Change.Action action =
                current.isEmpty()
                        ? Change.Action.CREATE
                        : details.isEmpty() ? Change.Action.UNCHANGED : Change.Action.MODIFY;
        return new PlannedChange(
                new Change(
                        action,
                        "project",
                        current.map(Project::name).orElse(spec.name()),
                        current.isEmpty() ? List.of() : details),
                operations);
    }

    private void create(ProjectSpec spec, Ids live) {
        Project created =
                engine.projects()
                        .create(
                                caller,
                                spaceId,
                                Project.builder(spec.name())
                                        .description(SpacePlanner.orEmpty(spec.description()))
                                        .projectGroupId(
                                                spec.group() == null
                                                        ? null
                                                        : live.id(Ids.GROUP, spec.group()))
                                        .lifecycleId(
                                                spec.lifecycle() == null
                                                        ? null
                                                        : live.id(Ids.LIFECYCLE, spec.lifecycle()))
                                        .isDisabled(Boolean.TRUE.equals(spec.disabled()))
                                        .build());
        live.replace(Ids.PROJECT, spec.name(), created.id());
        for (Channel c :
                engine.channels().list(caller, spaceId, ListQuery.all(), created.id()).items()) {
            live.putChannel(created.id(), c.name(), c.id());
        }
    }

    private void modify(ProjectSpec spec, Project p, Ids live) {
        Project.Builder b = p.toBuilder();
        if (spec.description() != null) {
            b.description(spec.description());
        }
        if (spec.group() != null) {
            b.projectGroupId(live.id(Ids.GROUP, spec.group()));
        }
        if (spec.lifecycle() != null) {
            b.lifecycleId(live.id(Ids.LIFECYCLE, spec.lifecycle()));
        }
        if (spec.disabled() != null) {
            b.isDisabled(spec.disabled());
        }
        engine.projects().modify(caller, spaceId, p.id(), b.build());
    }

    private void channel(
            ProjectSpec project,
            String projectId,
            ChannelSpec spec,
            List<String> details,
            List<Operation> operations) {
        Optional<Channel> current =
                state.channelsByProject.getOrDefault(projectId, List.of()).stream()
                        .filter(c -> c.name().equalsIgnoreCase(spec.name()))
                        .findFirst();
        if (current.isEmpty()) {
            details.add("channel '" + spec.name() + "' added");
            operations.add(
                    new Operation(
                            SpacePlanner.CHANNELS,
                            "ProcessEdit",
                            false,
                            live -> {
                                String pid = live.id(Ids.PROJECT, project.name());
                                Optional<Channel> existing =
                                        engine
                                                .channels()
                                                .list(caller, spaceId, ListQuery.all(), pid)
                                                .items()
                                                .stream()
                                                .filter(c -> c.name().equalsIgnoreCase(spec.name()))
                                                .findFirst();
                                // A new project's Default channel exists already.
                                Channel saved =
                                        existing.isPresent()
                                                ? engine.channels()
                                                        .modify(
                                                                caller,
                                                                spaceId,
                                                                existing.get().id(),
                                                                channel(
                                                                        spec,
                                                                        existing.get(),
                                                                        pid,
                                                                        live))
                                                : engine.channels()
                                                        .create(
                                                                caller,
                                                                spaceId,
                                                                channel(spec, null, pid, live));
                                live.putChannel(pid, saved.name(), saved.id());
                            }));
            return;
        }
        Channel c = current.get();
        List<String> changed =
                new Comparison()
                        .field("description", spec.description(), c.description())
                        .field(
                                "lifecycle",
                                key(spec.lifecycle()),
                                key(
                                        c.lifecycleId() == null
                                                ? null
                                                : state.lifecycles.nameOf(c.lifecycleId())))
                        .field("default", spec.isDefault(), c.isDefault())
                        .changed();
        if (!changed.isEmpty()) {
            details.add("channel '" + c.name() + "' " + String.join(", ", changed));
            operations.add(
                    new Operation(
                            SpacePlanner.CHANNELS,
                            "ProcessEdit",
                            false,
                            live ->
                                    engine.channels()
                                            .modify(
                                                    caller,
                                                    spaceId,
                                                    c.id(),
                                                    channel(spec, c, c.projectId(), live))));
        }
    }

    private Channel channel(ChannelSpec spec, Channel current, String projectId, Ids live) {
        return new Channel(
                current == null ? null : current.id(),
                spaceId,
                projectId,
                current == null ? spec.name() : current.name(),
                current == null ? null : current.slug(),
                spec.description() != null
                        ? spec.description()
                        : current == null ? "" : current.description(),
                spec.isDefault() != null
                        ? spec.isDefault()
                        : current != null && current.isDefault(),
                spec.lifecycle() != null
                        ? live.id(Ids.LIFECYCLE, spec.lifecycle())
                        : current == null ? null : current.lifecycleId(),
                current == null ? List.of() : current.rules(),
                current == null ? List.of() : current.tenantTags(),
                null,
                null);
    }

    private void process(
            ProjectSpec spec, String projectId, List<String> details, List<Operation> operations) {
        DeploymentProcess current = state.processByProject.get(projectId);
        List<DeploymentStep> currentSteps = current == null ? List.of() : current.steps();
        List<DeploymentStep> wanted = ProcessSteps.toSteps(spec.process(), projectId, ids, current);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(wanted.size(), currentSteps.size()); i++) {
            if (i >= currentSteps.size()) {
                changed.add("process step " + (i + 1) + " '" + wanted.get(i).name() + "' added");
            } else if (i >= wanted.size()) {
                changed.add(
                        "process step "
                                + (i + 1)
                                + " '"
                                + currentSteps.get(i).name()
                                + "' removed");
            } else if (!ProcessSteps.comparable(wanted.get(i), ids)
                    .equals(ProcessSteps.comparable(currentSteps.get(i), ids))) {
                changed.add("process step " + (i + 1) + " '" + wanted.get(i).name() + "' changed");
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        details.addAll(changed);
        operations.add(
                new Operation(
                        SpacePlanner.PROCESSES,
                        "ProcessEdit",
                        false,
                        live -> {
                            String pid = live.id(Ids.PROJECT, spec.name());
                            DeploymentProcess fresh =
                                    engine.processes().getForProject(caller, spaceId, pid);
                            DeploymentProcess saved =
                                    engine.processes()
                                            .modify(
                                                    caller,
                                                    spaceId,
                                                    pid,
                                                    DeploymentProcess.edit(
                                                            fresh.version(),
                                                            ProcessSteps.toSteps(
                                                                    spec.process(),
                                                                    pid,
                                                                    live,
                                                                    fresh)));
                            saved.actions().forEach(a -> live.putAction(pid, a.name(), a.id()));
                        }));
    }

    private void variables(
            ProjectSpec spec, String projectId, List<String> details, List<Operation> operations) {
        VariableSet current = state.variablesByProject.get(projectId);
        List<Variable> stored = current == null ? List.of() : current.variables();
        List<Map<String, Object>> wanted = new ArrayList<>();
        for (VariableSpec v : spec.variables()) {
            wanted.add(
                    comparable(
                            v.name(),
                            v.sensitive() ? SENSITIVE : v.value(),
                            v.description(),
                            v.sensitive(),
                            scope(v, projectId, ids)));
        }
        List<Map<String, Object>> have = new ArrayList<>();
        for (Variable v : stored) {
            String value = v.value();
            if (v.isSensitive()) {
                value =
                        matchingSecret(spec, projectId, v, ids).isPresent()
                                ? SENSITIVE
                                : OTHER_SECRET;
            }
            have.add(comparable(v.name(), value, v.description(), v.isSensitive(), v.scope()));
        }
        TreeSet<String> changedNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<Map<String, Object>> unmatched = new ArrayList<>(have);
        for (Map<String, Object> w : wanted) {
            if (!unmatched.remove(w)) {
                changedNames.add((String) w.get("name"));
            }
        }
        unmatched.forEach(u -> changedNames.add((String) u.get("name")));
        if (changedNames.isEmpty()) {
            return;
        }
        details.add("variables " + String.join(", ", changedNames));
        operations.add(
                new Operation(
                        SpacePlanner.VARIABLES,
                        "VariableEdit",
                        false,
                        live -> saveVariables(spec, live)));
    }

    private void saveVariables(ProjectSpec spec, Ids live) {
        String pid = live.id(Ids.PROJECT, spec.name());
        VariableSet fresh = engine.variables().getForOwner(caller, pid);
        List<Variable> variables = new ArrayList<>();
        for (VariableSpec v : spec.variables()) {
            VariableScope scope = scope(v, pid, live);
            String keptId = null;
            if (v.sensitive()) {
                keptId =
                        fresh.variables().stream()
                                .filter(
                                        s ->
                                                s.isSensitive()
                                                        && s.name().equals(v.name())
                                                        && comparableScope(s.scope(), live)
                                                                .equals(
                                                                        comparableScope(
                                                                                scope, live))
                                                        && engine.variables()
                                                                .sensitiveValueEquals(
                                                                        caller, pid, s.id(),
                                                                        v.value()))
                                .map(Variable::id)
                                .findFirst()
                                .orElse(null);
            }
            variables.add(
                    new Variable(
                            keptId,
                            v.name(),
                            keptId != null ? null : v.value(),
                            SpacePlanner.orEmpty(v.description()),
                            v.sensitive() ? VariableType.SENSITIVE : VariableType.STRING,
                            v.sensitive(),
                            scope,
                            null));
        }
        engine.variables().modify(caller, fresh.withVariables(variables));
    }

    /** The document's sensitive variable whose value the stored one holds, if any. */
    private Optional<VariableSpec> matchingSecret(
            ProjectSpec spec, String projectId, Variable stored, Ids names) {
        Map<String, Object> storedScope = comparableScope(stored.scope(), names);
        return spec.variables().stream()
                .filter(
                        v ->
                                v.sensitive()
                                        && v.name().equals(stored.name())
                                        && comparableScope(scope(v, projectId, names), names)
                                                .equals(storedScope))
                .filter(
                        v ->
                                engine.variables()
                                        .sensitiveValueEquals(
                                                caller, projectId, stored.id(), v.value()))
                .findFirst();
    }

    private static VariableScope scope(VariableSpec v, String projectId, Ids names) {
        Map<ScopeDimension, List<String>> values = new EnumMap<>(ScopeDimension.class);
        values.put(ScopeDimension.ENVIRONMENT, names.ids(Ids.ENVIRONMENT, v.environments()));
        values.put(ScopeDimension.ROLE, v.roles());
        values.put(ScopeDimension.MACHINE, names.ids(Ids.MACHINE, v.targets()));
        values.put(ScopeDimension.CHANNEL, names.channels(projectId, v.channels()));
        values.put(ScopeDimension.ACTION, names.actions(projectId, v.steps()));
        return new VariableScope(values);
    }

    private Map<String, Object> comparable(
            String name, String value, String description, boolean sensitive, VariableScope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("value", value == null ? "" : value);
        m.put("description", description == null ? "" : description);
        m.put("sensitive", sensitive);
        m.put("scope", comparableScope(scope, ids));
        return m;
    }

    private static Map<String, Object> comparableScope(VariableScope scope, Ids names) {
        Map<String, Object> m = new LinkedHashMap<>();
        scope.values()
                .forEach(
                        (dimension, values) ->
                                m.put(
                                        dimension.name(),
                                        dimension == ScopeDimension.ROLE
                                                ? values.stream().sorted().toList()
                                                : names.sortedNames(values)));
        return m;
    }

    private static String key(String name) {
        return name == null ? null : Named.key(name);
    }
}
