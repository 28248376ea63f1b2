package io.jenkins.plugins.freight.engine.apply;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineFilter;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.project.ProjectGroup;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.ScopedUserRole;
import io.jenkins.plugins.freight.engine.security.Team;
import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserRole;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the space holds now, read through the services as the caller (so reading needs the same view
 * permissions as the REST API). Only the kinds the document mentions are read.
 */
final class SpaceState {

    final String spaceId;
    final Named<Environment> environments;
    final Named<Lifecycle> lifecycles;
    final Named<ProjectGroup> groups;
    final Named<Project> projects;
    final Named<Machine> machines;
    final Named<Account> accounts;
    final Named<User> users;
    final Named<Team> teams;
    final Named<UserRole> userRoles;
    final Map<String, List<Channel>> channelsByProject = new HashMap<>();
    final Map<String, DeploymentProcess> processByProject = new HashMap<>();
    final Map<String, VariableSet> variablesByProject = new HashMap<>();
    final Map<String, List<ScopedUserRole>> rolesByTeam = new HashMap<>();

    /** Every channel of the projects read, by id (for names in scopes and steps). */
    final Map<String, Channel> channels = new HashMap<>();

    private SpaceState(ApplyServices engine, Caller caller, String spaceId, SpaceDocument doc) {
        this.spaceId = spaceId;
        boolean security = !doc.teams().isEmpty() || !doc.users().isEmpty();
        boolean processes = doc.projects().stream().anyMatch(p -> p.process() != null);
        this.environments =
                new Named<>(
                        engine.environments().all(caller, spaceId),
                        Environment::name,
                        Environment::id);
        this.lifecycles =
                new Named<>(
                        engine.lifecycles().list(caller, spaceId, ListQuery.all()).items(),
                        Lifecycle::name,
                        Lifecycle::id);
        this.groups =
                new Named<>(
                        engine.projectGroups().list(caller, spaceId, ListQuery.all()).items(),
                        ProjectGroup::name,
                        ProjectGroup::id);
        this.projects =
                new Named<>(
                        engine.projects().list(caller, spaceId, ListQuery.all(), null).items(),
                        Project::name,
                        Project::id);
        this.machines =
                new Named<>(
                        doc.targets().isEmpty() && !mentionsTargets(doc)
                                ? List.of()
                                : engine.machines()
                                        .list(
                                                caller,
                                                spaceId,
                                                ListQuery.all(),
                                                new MachineFilter(null, null, null, null))
                                        .items(),
                        Machine::name,
                        Machine::id);
        this.accounts =
                new Named<>(
                        doc.targets().isEmpty()
                                ? List.of()
                                : engine.accounts().list(caller, spaceId, ListQuery.all()).items(),
                        Account::name,
                        Account::id);
        this.users =
                new Named<>(
                        security ? engine.identity().listUsers(caller, null) : List.of(),
                        User::username,
                        User::id);
        List<Team> spaceTeams =
                security || processes
                        ? engine.security().teams().list(caller, spaceId, true)
                        : List.of();
        this.teams = new Named<>(spaceTeams, Team::name, Team::id);
        this.userRoles =
                new Named<>(
                        doc.teams().isEmpty()
                                ? List.of()
                                : engine.security().userRoles().list(caller),
                        UserRole::name,
                        UserRole::id);
        for (SpaceDocument.ProjectSpec spec : doc.projects()) {
            projects.byName(spec.name())
                    .ifPresent(
                            p -> {
                                List<Channel> channelList =
                                        engine.channels()
                                                .list(caller, spaceId, ListQuery.all(), p.id())
                                                .items();
                                channelsByProject.put(p.id(), channelList);
                                channelList.forEach(c -> channels.put(c.id(), c));
                                if (spec.process() != null || spec.variables() != null) {
                                    processByProject.put(
                                            p.id(),
                                            engine.processes()
                                                    .getForProject(caller, spaceId, p.id()));
                                }
                                if (spec.variables() != null) {
                                    variablesByProject.put(
                                            p.id(), engine.variables().getForOwner(caller, p.id()));
                                }
                            });
        }
        for (SpaceDocument.TeamSpec spec : doc.teams()) {
            teams.byName(spec.name())
                    .filter(t -> spaceId.equals(t.spaceId()))
                    .ifPresent(
                            t ->
                                    rolesByTeam.put(
                                            t.id(),
                                            engine.security()
                                                    .scopedUserRoles()
                                                    .ofTeam(caller, t.id())));
        }
    }

    static SpaceState read(ApplyServices engine, Caller caller, String spaceId, SpaceDocument doc) {
        return new SpaceState(engine, caller, spaceId, doc);
    }

    private static boolean mentionsTargets(SpaceDocument doc) {
        return doc.projects().stream()
                .filter(p -> p.variables() != null)
                .flatMap(p -> p.variables().stream())
                .anyMatch(v -> !v.targets().isEmpty());
    }
}
