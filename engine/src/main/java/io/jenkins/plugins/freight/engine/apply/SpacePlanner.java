package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.apply.PlannedChange.Operation;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.EnvironmentSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.LifecycleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.PhaseSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectGroupSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.RetentionSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.RoleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TargetSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TeamSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.UserSpec;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.lifecycle.RetentionPeriod;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.TeamDetails;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the space-wide objects of a document (environments, lifecycles, project groups, users,
 * teams and their roles, deployment targets) with the space and plans the service calls; projects
 * are {@link ProjectPlanner}'s.
 */
final class SpacePlanner {

    static final int ENVIRONMENTS = 1;
    static final int LIFECYCLES = 2;
    static final int GROUPS = 3;
    static final int USERS = 4;
    static final int TEAMS = 5;
    static final int TARGETS = 6;
    static final int PROJECTS = 7;
    static final int CHANNELS = 8;
    static final int PROCESSES = 9;
    static final int VARIABLES = 10;
    static final int TEAM_ROLES = 11;

    private final ApplyServices engine;
    private final Caller caller;
    private final String spaceId;
    private final SpaceState state;
    private final Ids ids;

    SpacePlanner(ApplyServices engine, Caller caller, SpaceState state, Ids ids) {
        this.engine = engine;
        this.caller = caller;
        this.spaceId = state.spaceId;
        this.state = state;
        this.ids = ids;
    }

    /** Every object of the document, in the order the apply handles them. */
    List<PlannedChange> plan(SpaceDocument doc) {
        List<PlannedChange> plan = new ArrayList<>();
        doc.environments().forEach(e -> plan.add(environment(e)));
        doc.lifecycles().forEach(l -> plan.add(lifecycle(l)));
        doc.projectGroups().forEach(g -> plan.add(group(g)));
        doc.users().forEach(u -> plan.add(user(u)));
        doc.teams().forEach(t -> plan.add(team(t)));
        doc.targets().forEach(t -> plan.add(target(t)));
        ProjectPlanner projects = new ProjectPlanner(engine, caller, state, ids);
        doc.projects().forEach(p -> plan.add(projects.plan(p)));
        return plan;
    }

    private PlannedChange environment(EnvironmentSpec spec) {
        String kind = "environment";
        Optional<Environment> current = state.environments.byName(spec.name());
        if (current.isEmpty()) {
            return create(
                    kind,
                    spec.name(),
                    new Operation(
                            ENVIRONMENTS,
                            "EnvironmentCreate",
                            false,
                            live -> {
                                Environment created =
                                        engine.environments()
                                                .create(
                                                        caller,
                                                        spaceId,
                                                        Environment.named(spec.name())
                                                                .withDescription(
                                                                        orEmpty(spec.description()))
                                                                .withUseGuidedFailure(
                                                                        Boolean.TRUE.equals(
                                                                                spec
                                                                                        .useGuidedFailure())));
                                live.replace(Ids.ENVIRONMENT, spec.name(), created.id());
                            }));
        }
        Environment e = current.get();
        List<String> changed =
                new Comparison()
                        .field("description", spec.description(), e.description())
                        .field("useGuidedFailure", spec.useGuidedFailure(), e.useGuidedFailure())
                        .changed();
        return modify(
                kind,
                e.name(),
                changed,
                new Operation(
                        ENVIRONMENTS,
                        "EnvironmentEdit",
                        false,
                        live ->
                                engine.environments()
                                        .modify(
                                                caller,
                                                spaceId,
                                                e.id(),
                                                e.withDescription(
                                                                spec.description() == null
                                                                        ? e.description()
                                                                        : spec.description())
                                                        .withUseGuidedFailure(
                                                                spec.useGuidedFailure() == null
                                                                        ? e.useGuidedFailure()
                                                                        : spec
                                                                                .useGuidedFailure()))));
    }

    private PlannedChange lifecycle(LifecycleSpec spec) {
        String kind = "lifecycle";
        Optional<Lifecycle> current = state.lifecycles.byName(spec.name());
        if (current.isEmpty()) {
            return create(
                    kind,
                    spec.name(),
                    new Operation(
                            LIFECYCLES,
                            "LifecycleCreate",
                            false,
                            live -> {
                                Lifecycle created =
                                        engine.lifecycles()
                                                .create(
                                                        caller,
                                                        spaceId,
                                                        new Lifecycle(
                                                                null,
                                                                null,
                                                                spec.name(),
                                                                null,
                                                                orEmpty(spec.description()),
                                                                phases(spec, null, live),
                                                                retention(spec.releaseRetention()),
                                                                null,
                                                                null,
                                                                null));
                                live.replace(Ids.LIFECYCLE, spec.name(), created.id());
                            }));
        }
        Lifecycle l = current.get();
        List<String> changed =
                new Comparison()
                        .field("description", spec.description(), l.description())
                        .field(
                                "phases",
                                spec.phases() == null
                                        ? null
                                        : comparablePhases(phases(spec, l, ids)),
                                comparablePhases(l.phases()))
                        .field(
                                "release retention",
                                spec.releaseRetention() == null
                                        ? null
                                        : describe(retention(spec.releaseRetention())),
                                describe(l.releaseRetentionPolicy()))
                        .changed();
        return modify(
                kind,
                l.name(),
                changed,
                new Operation(
                        LIFECYCLES,
                        "LifecycleEdit",
                        false,
                        live ->
                                engine.lifecycles()
                                        .modify(
                                                caller,
                                                spaceId,
                                                l.id(),
                                                new Lifecycle(
                                                        l.id(),
                                                        l.spaceId(),
                                                        l.name(),
                                                        l.slug(),
                                                        spec.description() == null
                                                                ? l.description()
                                                                : spec.description(),
                                                        spec.phases() == null
                                                                ? l.phases()
                                                                : phases(spec, l, live),
                                                        spec.releaseRetention() == null
                                                                ? l.releaseRetentionPolicy()
                                                                : retention(
                                                                        spec.releaseRetention()),
                                                        l.tentacleRetentionPolicy(),
                                                        l.lastModifiedOn(),
                                                        l.lastModifiedBy()))));
    }

    /** The document's phases, keeping the ids of same-named phases of the current lifecycle. */
    private static List<Phase> phases(LifecycleSpec spec, Lifecycle current, Ids ids) {
        List<Phase> phases = new ArrayList<>();
        if (spec.phases() == null) {
            return phases;
        }
        for (PhaseSpec p : spec.phases()) {
            String id =
                    current == null
                            ? null
                            : current.phases().stream()
                                    .filter(x -> x.name().equalsIgnoreCase(p.name()))
                                    .map(Phase::id)
                                    .findFirst()
                                    .orElse(null);
            phases.add(
                    new Phase(
                            id,
                            p.name(),
                            ids.ids(Ids.ENVIRONMENT, p.automaticEnvironments()),
                            ids.ids(Ids.ENVIRONMENT, p.environments()),
                            p.minimumEnvironmentsBeforePromotion(),
                            p.optional(),
                            false,
                            null,
                            null));
        }
        return phases;
    }

    private List<Object> comparablePhases(List<Phase> phases) {
        List<Object> result = new ArrayList<>();
        for (Phase p : phases) {
            result.add(
                    List.of(
                            p.name(),
                            ids.sortedNames(p.automaticDeploymentTargets()),
                            ids.sortedNames(p.optionalDeploymentTargets()),
                            p.isOptionalPhase(),
                            p.minimumEnvironmentsBeforePromotion(),
                            describe(p.releaseRetentionPolicy())));
        }
        return result;
    }

    private static RetentionPeriod retention(RetentionSpec spec) {
        if (spec == null) {
            return null;
        }
        return spec.forever()
                ? RetentionPeriod.keepForever()
                : RetentionPeriod.keep(
                        spec.quantity(),
                        spec.unit().equals("Items")
                                ? RetentionPeriod.Unit.ITEMS
                                : RetentionPeriod.Unit.DAYS);
    }

    private static String describe(RetentionPeriod p) {
        if (p == null) {
            return "inherited";
        }
        return p.shouldKeepForever()
                ? "forever"
                : p.quantityToKeep() + " " + p.unit().name().toLowerCase(java.util.Locale.ROOT);
    }

    private PlannedChange group(ProjectGroupSpec spec) {
        String kind = "project group";
        Optional<ProjectGroup> current = state.groups.byName(spec.name());
        if (current.isEmpty()) {
            return create(
                    kind,
                    spec.name(),
                    new Operation(
                            GROUPS,
                            "ProjectGroupCreate",
                            false,
                            live -> {
                                ProjectGroup created =
                                        engine.projectGroups()
                                                .create(
                                                        caller,
                                                        spaceId,
                                                        ProjectGroup.named(spec.name())
                                                                .withDescription(
                                                                        orEmpty(
                                                                                spec
                                                                                        .description())));
                                live.replace(Ids.GROUP, spec.name(), created.id());
                            }));
        }
        ProjectGroup g = current.get();
        return modify(
                kind,
                g.name(),
                new Comparison()
                        .field("description", spec.description(), g.description())
                        .changed(),
                new Operation(
                        GROUPS,
                        "ProjectGroupEdit",
                        false,
                        live ->
                                engine.projectGroups()
                                        .modify(
                                                caller,
                                                spaceId,
                                                g.id(),
                                                g.withDescription(spec.description()))));
    }

    private PlannedChange user(UserSpec spec) {
        String kind = "user";
        Optional<User> current = state.users.byName(spec.username());
        if (current.isEmpty()) {
            return create(
                    kind,
                    spec.username(),
                    new Operation(
                            USERS,
                            "UserEdit",
                            true,
                            live -> {
                                User created =
                                        engine.identity()
                                                .createUser(
                                                        caller,
                                                        new UserDetails(
                                                                spec.username(),
                                                                spec.displayName() == null
                                                                        ? spec.username()
                                                                        : spec.displayName(),
                                                                orEmpty(spec.email()),
                                                                !Boolean.FALSE.equals(
                                                                        spec.active()),
                                                                spec.service()));
                                live.replace(Ids.USER, spec.username(), created.id());
                            }));
        }
        User u = current.get();
        List<String> changed =
                new Comparison()
                        .field("displayName", strip(spec.displayName()), u.displayName())
                        .field("email", strip(spec.email()), orEmpty(u.emailAddress()))
                        .field("active", spec.active(), u.active())
                        .changed();
        return modify(
                kind,
                u.username(),
                changed,
                new Operation(
                        USERS,
                        "UserEdit",
                        true,
                        live ->
                                engine.identity()
                                        .updateUser(
                                                caller,
                                                u.id(),
                                                new UserDetails(
                                                        u.username(),
                                                        spec.displayName() == null
                                                                ? u.displayName()
                                                                : spec.displayName(),
                                                        spec.email() == null
                                                                ? u.emailAddress()
                                                                : spec.email(),
                                                        spec.active() == null
                                                                ? u.active()
                                                                : spec.active(),
                                                        u.service()))));
    }

    private PlannedChange team(TeamSpec spec) {
        String kind = "team";
        Optional<Team> current =
                state.teams.byName(spec.name()).filter(t -> spaceId.equals(t.spaceId()));
        List<Operation> operations = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<ScopedUserRole> currentRoles =
                current.map(t -> state.rolesByTeam.getOrDefault(t.id(), List.of()))
                        .orElse(List.of());
        if (current.isEmpty()) {
            operations.add(
                    new Operation(
                            TEAMS,
                            "TeamCreate",
                            false,
                            live -> {
                                Team created =
                                        engine.security()
                                                .teams()
                                                .create(
                                                        caller,
                                                        new TeamDetails(
                                                                spec.name(),
                                                                orEmpty(spec.description()),
                                                                spaceId,
                                                                spec.members() == null
                                                                        ? List.of()
                                                                        : live.ids(
                                                                                Ids.USER,
                                                                                spec.members())));
                                live.replace(Ids.TEAM, spec.name(), created.id());
                            }));
        } else {
            Team t = current.get();
            details.addAll(
                    new Comparison()
                            .field("description", spec.description(), t.description())
                            .field(
                                    "members",
                                    spec.members() == null
                                            ? null
                                            : ids.sortedNames(ids.ids(Ids.USER, spec.members())),
                                    ids.sortedNames(t.memberUserIds()))
                            .changed());
            if (!details.isEmpty()) {
                operations.add(
                        new Operation(
                                TEAMS,
                                "TeamEdit",
                                false,
                                live ->
                                        engine.security()
                                                .teams()
                                                .update(
                                                        caller,
                                                        t.id(),
                                                        new TeamDetails(
                                                                t.name(),
                                                                spec.description() == null
                                                                        ? t.description()
                                                                        : spec.description(),
                                                                spaceId,
                                                                spec.members() == null
                                                                        ? t.memberUserIds()
                                                                        : live.ids(
                                                                                Ids.USER,
                                                                                spec.members())))));
            }
        }
        if (spec.roles() != null) {
            Set<String> wanted = new HashSet<>();
            spec.roles().forEach(r -> wanted.add(roleKey(r, ids)));
            Set<String> stored = new HashSet<>();
            currentRoles.forEach(r -> stored.add(roleKey(r)));
            if (!wanted.equals(stored)) {
                if (current.isPresent()) {
                    details.add("roles");
                }
                operations.add(
                        new Operation(
                                TEAM_ROLES,
                                "TeamEdit",
                                false,
                                live -> replaceRoles(spec, currentRoles, live)));
            }
        }
        if (current.isEmpty()) {
            return new PlannedChange(
                    new Change(Change.Action.CREATE, kind, spec.name(), List.of()), operations);
        }
        return details.isEmpty()
                ? PlannedChange.unchanged(kind, current.get().name())
                : new PlannedChange(
                        new Change(Change.Action.MODIFY, kind, current.get().name(), details),
                        operations);
    }

    /** Deletes the team's role assignments the document no longer lists, adds the new ones. */
    private void replaceRoles(TeamSpec spec, List<ScopedUserRole> currentRoles, Ids live) {
        String teamId = live.id(Ids.TEAM, spec.name());
        Set<String> wanted = new HashSet<>();
        spec.roles().forEach(r -> wanted.add(roleKey(r, live)));
        Set<String> kept = new HashSet<>();
        for (ScopedUserRole r : currentRoles) {
            String key = roleKey(r);
            if (wanted.contains(key) && kept.add(key)) {
                continue;
            }
            engine.security().scopedUserRoles().delete(caller, r.id());
        }
        for (RoleSpec r : spec.roles()) {
            if (kept.contains(roleKey(r, live))) {
                continue;
            }
            engine.security()
                    .scopedUserRoles()
                    .create(
                            caller,
                            new ScopedUserRole(
                                    null,
                                    spaceId,
                                    teamId,
                                    state.userRoles.byName(r.role()).orElseThrow().id(),
                                    live.ids(Ids.ENVIRONMENT, r.environments()),
                                    live.ids(Ids.PROJECT, r.projects()),
                                    live.ids(Ids.GROUP, r.projectGroups()),
                                    List.of()));
        }
    }

    private String roleKey(RoleSpec r, Ids names) {
        String roleId = state.userRoles.byName(r.role()).map(x -> x.id()).orElse(r.role());
        return roleId
                + "|"
                + names.sortedNames(names.ids(Ids.ENVIRONMENT, r.environments()))
                + "|"
                + names.sortedNames(names.ids(Ids.PROJECT, r.projects()))
                + "|"
                + names.sortedNames(names.ids(Ids.GROUP, r.projectGroups()));
    }

    private String roleKey(ScopedUserRole r) {
        return r.userRoleId()
                + "|"
                + ids.sortedNames(r.environmentIds())
                + "|"
                + ids.sortedNames(r.projectIds())
                + "|"
                + ids.sortedNames(r.projectGroupIds())
                + (r.tenantIds().isEmpty() ? "" : "|" + r.tenantIds());
    }

    private PlannedChange target(TargetSpec spec) {
        String kind = "deployment target";
        Optional<Machine> current = state.machines.byName(spec.name());
        if (current.isEmpty()) {
            return create(
                    kind,
                    spec.name(),
                    new Operation(
                            TARGETS,
                            "MachineCreate",
                            false,
                            live -> {
                                Machine created =
                                        engine.machines()
                                                .create(caller, spaceId, machine(spec, null, live));
                                live.replace(Ids.MACHINE, spec.name(), created.id());
                            }));
        }
        Machine m = current.get();
        SshEndpoint endpoint = m.endpoint() instanceof SshEndpoint s ? s : null;
        List<String> changed =
                new Comparison()
                        .field(
                                "environments",
                                ids.sortedNames(ids.ids(Ids.ENVIRONMENT, spec.environments())),
                                ids.sortedNames(m.environmentIds()))
                        .field("roles", sorted(spec.roles()), sorted(m.roles()))
                        .field("disabled", spec.disabled(), m.isDisabled())
                        .field(
                                "ssh endpoint",
                                endpoint(spec),
                                endpoint == null
                                        ? null
                                        : List.of(
                                                endpoint.host(),
                                                endpoint.port(),
                                                endpoint.fingerprint(),
                                                state.accounts.nameOf(endpoint.accountId())))
                        .changed();
        return modify(
                kind,
                m.name(),
                changed,
                new Operation(
                        TARGETS,
                        "MachineEdit",
                        false,
                        live ->
                                engine.machines()
                                        .modify(caller, spaceId, m.id(), machine(spec, m, live))));
    }

    private List<Object> endpoint(TargetSpec spec) {
        return List.of(
                spec.host(),
                spec.port(),
                spec.fingerprint(),
                state.accounts.byName(spec.account()).map(a -> a.name()).orElse(spec.account()));
    }

    private Machine machine(TargetSpec spec, Machine current, Ids live) {
        String accountId = state.accounts.byName(spec.account()).orElseThrow().id();
        return new Machine(
                current == null ? null : current.id(),
                spaceId,
                spec.name(),
                current == null ? null : current.slug(),
                spec.disabled() == null ? current != null && current.isDisabled() : spec.disabled(),
                live.ids(Ids.ENVIRONMENT, spec.environments()),
                spec.roles(),
                current == null ? null : current.tenantedDeploymentParticipation(),
                current == null ? List.of() : current.tenantIds(),
                current == null ? List.of() : current.tenantTags(),
                current == null ? null : current.machinePolicyId(),
                new SshEndpoint(
                        spec.host(),
                        spec.port(),
                        spec.fingerprint(),
                        accountId,
                        null,
                        endpointPlatform(current)),
                current == null ? null : current.health(),
                null,
                null);
    }

    private static String endpointPlatform(Machine current) {
        return current != null && current.endpoint() instanceof SshEndpoint s
                ? s.dotNetCorePlatform()
                : null;
    }

    static PlannedChange create(String kind, String name, Operation... operations) {
        return new PlannedChange(
                new Change(Change.Action.CREATE, kind, name, List.of()), List.of(operations));
    }

    static PlannedChange modify(
            String kind, String name, List<String> changed, Operation operation) {
        return changed.isEmpty()
                ? PlannedChange.unchanged(kind, name)
                : new PlannedChange(
                        new Change(Change.Action.MODIFY, kind, name, changed), List.of(operation));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
