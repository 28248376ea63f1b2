package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ActionSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ChannelSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.EnvironmentSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.LifecycleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.PhaseSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectGroupSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.ProjectSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.RoleSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.StepSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TargetSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.TeamSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.UserSpec;
import io.jenkins.plugins.freight.engine.apply.SpaceDocument.VariableSpec;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.process.ProcessService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole document against itself and the space before anything changes: names unique, every
 * name it refers to either in the document or in the space, processes structurally valid. Also
 * gives every object the document creates a placeholder id, so the planner can compare.
 */
final class DocumentValidator {

    private final SpaceDocument doc;
    private final SpaceState state;
    private final Ids ids;
    private final List<String> errors = new ArrayList<>();

    private DocumentValidator(SpaceDocument doc, SpaceState state, Ids ids) {
        this.doc = doc;
        this.state = state;
        this.ids = ids;
    }

    /**
     * @throws io.jenkins.plugins.freight.engine.error.InvalidInputException listing every problem
     */
    static void validate(SpaceDocument doc, SpaceState state, Ids ids) {
        DocumentValidator v = new DocumentValidator(doc, state, ids);
        v.run();
        ApplyErrors.throwIfAny(v.errors);
    }

    private void run() {
        unique("environments", doc.environments(), EnvironmentSpec::name, EnvironmentSpec::path);
        unique("lifecycles", doc.lifecycles(), LifecycleSpec::name, LifecycleSpec::path);
        unique(
                "projectGroups",
                doc.projectGroups(),
                ProjectGroupSpec::name,
                ProjectGroupSpec::path);
        unique("users", doc.users(), UserSpec::username, UserSpec::path);
        unique("teams", doc.teams(), TeamSpec::name, TeamSpec::path);
        unique("projects", doc.projects(), ProjectSpec::name, ProjectSpec::path);
        unique("targets", doc.targets(), TargetSpec::name, TargetSpec::path);
        doc.environments().forEach(e -> ids.plan(Ids.ENVIRONMENT, e.name()));
        doc.lifecycles().forEach(l -> ids.plan(Ids.LIFECYCLE, l.name()));
        doc.projectGroups().forEach(g -> ids.plan(Ids.GROUP, g.name()));
        doc.users().forEach(u -> ids.plan(Ids.USER, u.username()));
        doc.teams().forEach(t -> ids.plan(Ids.TEAM, t.name()));
        doc.projects().forEach(p -> ids.plan(Ids.PROJECT, p.name()));
        doc.targets().forEach(t -> ids.plan(Ids.MACHINE, t.name()));
        for (ProjectSpec p : doc.projects()) {
            String projectId = ids.id(Ids.PROJECT, p.name());
            ids.planChannel(projectId, Channel.DEFAULT_NAME);
            if (p.channels() != null) {
                p.channels().forEach(c -> ids.planChannel(projectId, c.name()));
            }
            if (p.process() != null) {
                p.process().stream()
                        .flatMap(s -> s.actions().stream())
                        .forEach(
                                a -> {
                                    if (ids.action(projectId, a.name()) == null) {
                                        ids.putAction(
                                                projectId, a.name(), "new:Action:" + a.name());
                                    }
                                });
            }
        }
        doc.lifecycles().forEach(this::lifecycle);
        doc.projects().forEach(this::project);
        doc.targets().forEach(this::target);
        doc.teams().forEach(this::team);
    }

    private void lifecycle(LifecycleSpec l) {
        if (l.phases() == null) {
            return;
        }
        unique(l.path() + ".phases", l.phases(), PhaseSpec::name, PhaseSpec::path);
        Set<String> seen = new HashSet<>();
        for (PhaseSpec phase : l.phases()) {
            refs(phase.path() + ".environments", Ids.ENVIRONMENT, phase.environments());
            refs(
                    phase.path() + ".automaticEnvironments",
                    Ids.ENVIRONMENT,
                    phase.automaticEnvironments());
            for (String e : concat(phase.environments(), phase.automaticEnvironments())) {
                if (!seen.add(Named.key(e))) {
                    errors.add(
                            phase.path()
                                    + ": environment \""
                                    + e
                                    + "\" is already in another phase of this lifecycle");
                }
            }
            if (phase.minimumEnvironmentsBeforePromotion() < 0) {
                errors.add(
                        phase.path() + ".minimumEnvironmentsBeforePromotion: must not be negative");
            }
        }
    }

    private void project(ProjectSpec p) {
        String projectId = ids.id(Ids.PROJECT, p.name());
        if (p.group() != null) {
            ref(p.path() + ".group", Ids.GROUP, p.group());
        }
        if (p.lifecycle() != null) {
            ref(p.path() + ".lifecycle", Ids.LIFECYCLE, p.lifecycle());
        }
        if (p.channels() != null) {
            unique(p.path() + ".channels", p.channels(), ChannelSpec::name, ChannelSpec::path);
            long defaults =
                    p.channels().stream().filter(c -> Boolean.TRUE.equals(c.isDefault())).count();
            if (defaults > 1) {
                errors.add(p.path() + ".channels: only one channel can be the default");
            }
            for (ChannelSpec c : p.channels()) {
                if (c.lifecycle() != null) {
                    ref(c.path() + ".lifecycle", Ids.LIFECYCLE, c.lifecycle());
                }
            }
        }
        if (p.process() != null) {
            unique(p.path() + ".process.steps", p.process(), StepSpec::name, StepSpec::path);
            List<ActionSpec> actions =
                    p.process().stream().flatMap(s -> s.actions().stream()).toList();
            for (StepSpec step : p.process()) {
                if (step.actions().size() > 1) {
                    unique(
                            step.path() + ".actions",
                            step.actions(),
                            ActionSpec::name,
                            ActionSpec::path);
                }
            }
            Map<String, String> actionPaths = new HashMap<>();
            for (ActionSpec a : actions) {
                String previous = actionPaths.putIfAbsent(Named.key(a.name()), a.path());
                if (previous != null) {
                    errors.add(
                            a.path()
                                    + ".name: duplicate action name \""
                                    + a.name()
                                    + "\" (also at "
                                    + previous
                                    + ")");
                }
                refs(a.path() + ".environments", Ids.ENVIRONMENT, a.environments());
                refs(a.path() + ".excludedEnvironments", Ids.ENVIRONMENT, a.excludedEnvironments());
                refs(a.path() + ".responsibleTeams", Ids.TEAM, a.responsibleTeams());
                for (String c : a.channels()) {
                    if (ids.channel(projectId, c) == null) {
                        errors.add(a.path() + ".channels: unknown channel \"" + c + "\"");
                    }
                }
            }
            for (String problem :
                    ProcessService.structuralProblems(
                            ProcessSteps.toSteps(p.process(), projectId, ids, null))) {
                errors.add(p.path() + ".process: " + problem);
            }
        }
        if (p.variables() != null) {
            Set<String> seen = new HashSet<>();
            for (VariableSpec v : p.variables()) {
                refs(v.path() + ".environments", Ids.ENVIRONMENT, v.environments());
                refs(v.path() + ".targets", Ids.MACHINE, v.targets());
                for (String c : v.channels()) {
                    if (ids.channel(projectId, c) == null) {
                        errors.add(v.path() + ".channels: unknown channel \"" + c + "\"");
                    }
                }
                for (String s : v.steps()) {
                    if (ids.action(projectId, s) == null) {
                        errors.add(v.path() + ".steps: unknown step \"" + s + "\"");
                    }
                }
                String key =
                        Named.key(v.name())
                                + "|"
                                + sortedKeys(v.environments())
                                + "|"
                                + sortedKeys(v.roles())
                                + "|"
                                + sortedKeys(v.targets())
                                + "|"
                                + sortedKeys(v.channels())
                                + "|"
                                + sortedKeys(v.steps());
                if (!seen.add(key)) {
                    errors.add(
                            v.path()
                                    + ": duplicate variable \""
                                    + v.name()
                                    + "\" with the same scope");
                }
            }
        }
    }

    private void target(TargetSpec t) {
        refs(t.path() + ".environments", Ids.ENVIRONMENT, t.environments());
        if (t.account() != null && state.accounts.byName(t.account()).isEmpty()) {
            errors.add(
                    t.path()
                            + ".ssh.account: unknown account \""
                            + t.account()
                            + "\" (accounts are not managed by apply; create it first)");
        }
    }

    private void team(TeamSpec t) {
        if (state.teams.byName(t.name()).filter(x -> x.spaceId() == null).isPresent()) {
            errors.add(
                    t.path()
                            + ".name: \""
                            + t.name()
                            + "\" is a system team; apply manages teams of the space");
        }
        if (t.members() != null) {
            refs(t.path() + ".members", Ids.USER, t.members());
        }
        if (t.roles() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (RoleSpec r : t.roles()) {
            if (r.role() != null && state.userRoles.byName(r.role()).isEmpty()) {
                errors.add(r.path() + ".role: unknown user role \"" + r.role() + "\"");
            }
            refs(r.path() + ".environments", Ids.ENVIRONMENT, r.environments());
            refs(r.path() + ".projects", Ids.PROJECT, r.projects());
            refs(r.path() + ".projectGroups", Ids.GROUP, r.projectGroups());
            String key =
                    Named.key(r.role())
                            + "|"
                            + sortedKeys(r.environments())
                            + "|"
                            + sortedKeys(r.projects())
                            + "|"
                            + sortedKeys(r.projectGroups());
            if (!seen.add(key)) {
                errors.add(r.path() + ": the same role with the same scope is listed twice");
            }
        }
    }

    private void refs(String path, String kind, List<String> names) {
        for (String name : names) {
            ref(path, kind, name);
        }
    }

    private void ref(String path, String kind, String name) {
        if (!ids.has(kind, name)) {
            errors.add(path + ": unknown " + label(kind) + " \"" + name + "\"");
        }
    }

    private static String label(String kind) {
        return switch (kind) {
            case Ids.ENVIRONMENT -> "environment";
            case Ids.LIFECYCLE -> "lifecycle";
            case Ids.GROUP -> "project group";
            case Ids.PROJECT -> "project";
            case Ids.TEAM -> "team";
            case Ids.USER -> "user";
            case Ids.MACHINE -> "deployment target";
            default -> kind;
        };
    }

    private <T> void unique(
            String listPath, List<T> items, Function<T, String> name, Function<T, String> path) {
        Map<String, String> seen = new HashMap<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n == null) {
                continue;
            }
            String previous = seen.putIfAbsent(Named.key(n), path.apply(item));
            if (previous != null) {
                errors.add(
                        path.apply(item)
                                + ": duplicate name \""
                                + n
                                + "\" (also at "
                                + previous
                                + ")");
            }
        }
    }

    private static String sortedKeys(List<String> names) {
        return names.stream().map(Named::key).sorted().toList().toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
