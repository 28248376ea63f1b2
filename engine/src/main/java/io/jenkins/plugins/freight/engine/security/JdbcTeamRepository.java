package io.jenkins.plugins.freight.engine.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link TeamRepository} on the {@code teams} and {@code team_members} tables. */
public final class JdbcTeamRepository implements TeamRepository {

    private static final String COLUMNS =
            "id, space_id, name, description, modified_at, modified_by";

    @Override
    public void insert(Handle handle, Team team) {
        handle.createUpdate(
                        "INSERT INTO teams (id, space_id, scope_key, name, name_lower, description,"
                                + " modified_at, modified_by) VALUES (:id, :spaceId, :scopeKey,"
                                + " :name, :nameLower, :description, :modified, :modifiedBy)")
                .bind("id", team.id())
                .bind("spaceId", team.spaceId())
                .bind("scopeKey", scopeKey(team.spaceId()))
                .bind("name", team.name())
                .bind("nameLower", team.name().toLowerCase(Locale.ROOT))
                .bind("description", team.description())
                .bind("modified", team.lastModifiedOn())
                .bind("modifiedBy", team.lastModifiedBy())
                .execute();
        writeMembers(handle, team);
    }

    @Override
    public void update(Handle handle, Team team) {
        handle.createUpdate(
                        "UPDATE teams SET name = :name, name_lower = :nameLower, description ="
                                + " :description, modified_at = :modified, modified_by ="
                                + " :modifiedBy WHERE id = :id")
                .bind("id", team.id())
                .bind("name", team.name())
                .bind("nameLower", team.name().toLowerCase(Locale.ROOT))
                .bind("description", team.description())
                .bind("modified", team.lastModifiedOn())
                .bind("modifiedBy", team.lastModifiedBy())
                .execute();
        handle.createUpdate("DELETE FROM team_members WHERE team_id = :id")
                .bind("id", team.id())
                .execute();
        writeMembers(handle, team);
    }

    @Override
    public void delete(Handle handle, String id) {
        handle.createUpdate("DELETE FROM teams WHERE id = :id").bind("id", id).execute();
    }

    @Override
    public Optional<Team> findById(Handle handle, String id) {
        return query(handle, "WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<Team> list(Handle handle, String spaceId, boolean includeSystem) {
        if (spaceId == null) {
            return query(handle, "WHERE space_id IS NULL", Map.of());
        }
        String where =
                includeSystem
                        ? "WHERE space_id = :spaceId OR space_id IS NULL"
                        : "WHERE space_id = :spaceId";
        return query(handle, where, Map.of("spaceId", spaceId));
    }

    @Override
    public List<Team> listAll(Handle handle) {
        return query(handle, "", Map.of());
    }

    @Override
    public Optional<Team> findByName(Handle handle, String spaceId, String name) {
        return query(
                        handle,
                        "WHERE scope_key = :scopeKey AND name_lower = :name",
                        Map.of(
                                "scopeKey",
                                scopeKey(spaceId),
                                "name",
                                name.toLowerCase(Locale.ROOT)))
                .stream()
                .findFirst();
    }

    @Override
    public List<String> teamIdsOf(Handle handle, String userId) {
        return handle.createQuery("SELECT team_id FROM team_members WHERE user_id = :userId")
                .bind("userId", userId)
                .mapTo(String.class)
                .list();
    }

    @Override
    public List<Team> findAll(Handle handle, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle
                .createQuery("SELECT " + COLUMNS + " FROM teams WHERE id IN (<ids>) ORDER BY name")
                .bindList("ids", List.copyOf(ids))
                .map(JdbcTeamRepository::map)
                .list()
                .stream()
                .map(t -> t.withMembers(membersOf(handle, List.of(t.id())).get(t.id())))
                .toList();
    }

    @Override
    public Map<String, String> namesOf(Handle handle, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        handle.createQuery("SELECT id, name FROM teams WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    @Override
    public List<String> spaceIdsWithoutSpaceManagers(Handle handle) {
        return handle.createQuery(
                        "SELECT s.id FROM spaces s WHERE NOT EXISTS (SELECT 1 FROM teams t WHERE"
                                + " t.id = '"
                                + Team.SPACE_MANAGERS_PREFIX
                                + "' || s.id) ORDER BY s.id")
                .mapTo(String.class)
                .list();
    }

    private List<Team> query(Handle handle, String where, Map<String, ?> binds) {
        List<Team> teams =
                handle.createQuery(
                                "SELECT " + COLUMNS + " FROM teams " + where + " ORDER BY name, id")
                        .bindMap(binds)
                        .map(JdbcTeamRepository::map)
                        .list();
        if (teams.isEmpty()) {
            return teams;
        }
        Map<String, List<String>> members =
                membersOf(handle, teams.stream().map(Team::id).toList());
        return teams.stream().map(t -> t.withMembers(members.get(t.id()))).toList();
    }

    private static Map<String, List<String>> membersOf(Handle handle, List<String> teamIds) {
        Map<String, List<String>> members = new HashMap<>();
        for (int from = 0; from < teamIds.size(); from += 500) {
            List<String> chunk = teamIds.subList(from, Math.min(teamIds.size(), from + 500));
            handle.createQuery(
                            "SELECT team_id, user_id FROM team_members WHERE team_id IN (<ids>)"
                                    + " ORDER BY user_id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(
                            e ->
                                    members.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                            .add(e.getValue()));
        }
        return members;
    }

    private static void writeMembers(Handle handle, Team team) {
        for (String userId : team.memberUserIds()) {
            handle.createUpdate("INSERT INTO team_members (team_id, user_id) VALUES (:team, :user)")
                    .bind("team", team.id())
                    .bind("user", userId)
                    .execute();
        }
    }

    private static String scopeKey(String spaceId) {
        return spaceId == null ? "system" : spaceId;
    }

    private static Team map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return new Team(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("name"),
                rs.getString("description"),
                List.of(),
                JdbcUserRepository.instant(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
