package io.jenkins.plugins.freight.engine.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names to ids and back, per kind, for turning the document's names into the ids the services take.
 * Seeded from the space as it is; objects the plan creates get a placeholder ({@code
 * new:Kind:Name}) while planning and their real id as the apply creates them.
 */
final class Ids {

    static final String ENVIRONMENT = "Environment";
    static final String LIFECYCLE = "Lifecycle";
    static final String GROUP = "ProjectGroup";
    static final String PROJECT = "Project";
    static final String TEAM = "Team";
    static final String USER = "User";
    static final String MACHINE = "Machine";
    static final String ACCOUNT = "Account";
    static final String ROLE = "UserRole";

    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();

    static Ids of(SpaceState state) {
        Ids ids = new Ids();
        state.environments.forEach((id, name) -> ids.put(ENVIRONMENT, name, id));
        state.lifecycles.forEach((id, name) -> ids.put(LIFECYCLE, name, id));
        state.groups.forEach((id, name) -> ids.put(GROUP, name, id));
        state.projects.forEach((id, name) -> ids.put(PROJECT, name, id));
        state.teams.forEach((id, name) -> ids.put(TEAM, name, id));
        state.users.forEach((id, name) -> ids.put(USER, name, id));
        state.machines.forEach((id, name) -> ids.put(MACHINE, name, id));
        state.accounts.forEach((id, name) -> ids.put(ACCOUNT, name, id));
        state.userRoles.forEach((id, name) -> ids.put(ROLE, name, id));
        state.channels.values().forEach(c -> ids.putChannel(c.projectId(), c.name(), c.id()));
        state.processByProject.forEach(
                (projectId, process) ->
                        process.actions().forEach(a -> ids.putAction(projectId, a.name(), a.id())));
        return ids;
    }

    void put(String kind, String name, String id) {
        idByKey.putIfAbsent(kind + "\n" + Named.key(name), id);
        nameById.putIfAbsent(id, name);
    }

    /** Replaces a placeholder or records a new object. */
    void replace(String kind, String name, String id) {
        idByKey.put(kind + "\n" + Named.key(name), id);
        nameById.put(id, name);
    }

    /** A placeholder id for an object the plan will create. */
    void plan(String kind, String name) {
        put(kind, name, "new:" + kind + ":" + name);
    }

    void putChannel(String projectId, String name, String id) {
        put("Channel\n" + projectId, name, id);
    }

    void planChannel(String projectId, String name) {
        put("Channel\n" + projectId, name, "new:Channel:" + projectId + ":" + name);
    }

    void putAction(String projectId, String name, String id) {
        replace("Action\n" + projectId, name, id);
    }

    String id(String kind, String name) {
        return idByKey.get(kind + "\n" + Named.key(name));
    }

    boolean has(String kind, String name) {
        return id(kind, name) != null;
    }

    String channel(String projectId, String name) {
        return id("Channel\n" + projectId, name);
    }

    String action(String projectId, String name) {
        return id("Action\n" + projectId, name);
    }

    /** The ids of these names; an unknown name (only while validating) gets a stand-in. */
    List<String> ids(String kind, List<String> names) {
        return names.stream().map(n -> orUnknown(id(kind, n), n)).toList();
    }

    List<String> channels(String projectId, List<String> names) {
        return names.stream().map(n -> orUnknown(channel(projectId, n), n)).toList();
    }

    List<String> actions(String projectId, List<String> names) {
        return names.stream().map(n -> orUnknown(action(projectId, n), n)).toList();
    }

    private static String orUnknown(String id, String name) {
        return id != null ? id : "unknown:" + name;
    }

    /** The name behind an id (or the id itself when unknown). */
    String name(String id) {
        return nameById.getOrDefault(id, id);
    }

    List<String> sortedNames(List<String> ids) {
        return ids.stream().map(this::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
