package io.jenkins.plugins.freight.engine.variable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The JDBC implementation of {@link VariableRepository}, portable between H2 and PostgreSQL. */
final class JdbcVariableRepository implements VariableRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Optional<VariableSet> findSet(Handle handle, String setId) {
        Optional<Map<String, Object>> row =
                handle.createQuery(
                                "SELECT space_id, owner_id, set_version FROM variable_sets WHERE id = :id")
                        .bind("id", setId)
                        .mapToMap()
                        .findOne();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Variable> variables =
                handle.createQuery(
                                "SELECT id, name, plain_value, secret_value, description, variable_type,"
                                        + " is_sensitive, scope_json, prompt_json FROM variables"
                                        + " WHERE set_id = :id ORDER BY position")
                        .bind("id", setId)
                        .map(
                                (rs, ctx) ->
                                        new Variable(
                                                rs.getString("id"),
                                                rs.getString("name"),
                                                rs.getBoolean("is_sensitive")
                                                        ? rs.getString("secret_value")
                                                        : rs.getString("plain_value"),
                                                rs.getString("description"),
                                                VariableType.fromWire(
                                                        rs.getString("variable_type")),
                                                rs.getBoolean("is_sensitive"),
                                                scopeFromJson(rs.getString("scope_json")),
                                                promptFromJson(rs.getString("prompt_json"))))
                        .list();
        Map<String, Object> set = row.get();
        return Optional.of(
                new VariableSet(
                        setId,
                        (String) set.get("space_id"),
                        (String) set.get("owner_id"),
                        ((Number) set.get("set_version")).intValue(),
                        variables));
    }

    @Override
    public void insertSet(Handle handle, VariableSet set) {
        handle.createUpdate(
                        "INSERT INTO variable_sets (id, space_id, owner_id, set_version)"
                                + " VALUES (:id, :space, :owner, :version)")
                .bind("id", set.id())
                .bind("space", set.spaceId())
                .bind("owner", set.ownerId())
                .bind("version", set.version())
                .execute();
        insertVariables(handle, set);
    }

    @Override
    public boolean replaceVariables(Handle handle, VariableSet set, int expectedVersion) {
        int updated =
                handle.createUpdate(
                                "UPDATE variable_sets SET set_version = :next"
                                        + " WHERE id = :id AND set_version = :expected")
                        .bind("next", expectedVersion + 1)
                        .bind("id", set.id())
                        .bind("expected", expectedVersion)
                        .execute();
        if (updated == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM variables WHERE set_id = :id")
                .bind("id", set.id())
                .execute();
        insertVariables(handle, set);
        return true;
    }

    private void insertVariables(Handle handle, VariableSet set) {
        if (set.variables().isEmpty()) {
            return;
        }
        PreparedBatch batch =
                handle.prepareBatch(
                        "INSERT INTO variables (set_id, position, id, name, plain_value, secret_value,"
                                + " description, variable_type, is_sensitive, scope_json, prompt_json)"
                                + " VALUES (:set, :position, :id, :name, :plain, :secret, :description,"
                                + " :type, :sensitive, :scope, :prompt)");
        int position = 0;
        for (Variable v : set.variables()) {
            batch.bind("set", set.id())
                    .bind("position", position++)
                    .bind("id", v.id())
                    .bind("name", v.name())
                    .bind("plain", v.isSensitive() ? null : v.value())
                    .bind("secret", v.isSensitive() ? v.value() : null)
                    .bind("description", v.description())
                    .bind("type", v.type().wireName())
                    .bind("sensitive", v.isSensitive())
                    .bind("scope", scopeToJson(v.scope()))
                    .bind("prompt", promptToJson(v.prompt()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public void deleteSet(Handle handle, String setId) {
        handle.createUpdate("DELETE FROM variables WHERE set_id = :id").bind("id", setId).execute();
        handle.createUpdate("DELETE FROM variable_sets WHERE id = :id").bind("id", setId).execute();
    }

    @Override
    public Optional<LibraryVariableSet> findLibrarySet(Handle handle, String id) {
        return handle.createQuery(
                        "SELECT id, space_id, name, description FROM library_variable_sets WHERE id = :id")
                .bind("id", id)
                .map(JdbcVariableRepository::library)
                .findOne();
    }

    @Override
    public List<LibraryVariableSet> listLibrarySets(Handle handle, String spaceId) {
        return handle.createQuery(
                        "SELECT id, space_id, name, description FROM library_variable_sets"
                                + " WHERE space_id = :space ORDER BY name_lower, id")
                .bind("space", spaceId)
                .map(JdbcVariableRepository::library)
                .list();
    }

    private static LibraryVariableSet library(
            java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        String id = rs.getString("id");
        return new LibraryVariableSet(
                id,
                rs.getString("space_id"),
                rs.getString("name"),
                rs.getString("description"),
                VariableSet.idFor(id));
    }

    @Override
    public boolean libraryNameTaken(Handle handle, String spaceId, String name, String exceptId) {
        return handle.createQuery(
                                "SELECT count(*) FROM library_variable_sets"
                                        + " WHERE space_id = :space AND name_lower = :name AND id <> :except")
                        .bind("space", spaceId)
                        .bind("name", name.toLowerCase(Locale.ROOT))
                        .bind("except", exceptId == null ? "" : exceptId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    @Override
    public void insertLibrarySet(Handle handle, LibraryVariableSet set) {
        handle.createUpdate(
                        "INSERT INTO library_variable_sets (id, space_id, name, name_lower, description)"
                                + " VALUES (:id, :space, :name, :lower, :description)")
                .bind("id", set.id())
                .bind("space", set.spaceId())
                .bind("name", set.name())
                .bind("lower", set.name().toLowerCase(Locale.ROOT))
                .bind("description", set.description())
                .execute();
    }

    @Override
    public void updateLibrarySet(Handle handle, LibraryVariableSet set) {
        handle.createUpdate(
                        "UPDATE library_variable_sets SET name = :name, name_lower = :lower,"
                                + " description = :description WHERE id = :id")
                .bind("id", set.id())
                .bind("name", set.name())
                .bind("lower", set.name().toLowerCase(Locale.ROOT))
                .bind("description", set.description())
                .execute();
    }

    @Override
    public void deleteLibrarySet(Handle handle, String id) {
        handle.createUpdate("DELETE FROM library_variable_sets WHERE id = :id")
                .bind("id", id)
                .execute();
    }

    @Override
    public void insertSnapshot(
            Handle handle, String id, String spaceId, List<String> ownerIds, String content) {
        handle.createUpdate(
                        "INSERT INTO variable_snapshots (id, space_id, owner_ids, created, content)"
                                + " VALUES (:id, :space, :owners, :created, :content)")
                .bind("id", id)
                .bind("space", spaceId)
                .bind("owners", String.join(",", ownerIds))
                .bind("created", Timestamp.from(Instant.now()))
                .bind("content", content)
                .execute();
    }

    @Override
    public Optional<String> findSnapshotContent(Handle handle, String id) {
        return handle.createQuery("SELECT content FROM variable_snapshots WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public boolean snapshotExists(Handle handle, String id) {
        return handle.createQuery("SELECT 1 FROM variable_snapshots WHERE id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .findOne()
                .isPresent();
    }

    static String scopeToJson(VariableScope scope) {
        Map<String, List<String>> wire = new LinkedHashMap<>();
        scope.values().forEach((dimension, ids) -> wire.put(dimension.wireName(), ids));
        return write(wire);
    }

    static VariableScope scopeFromJson(String json) {
        Map<String, List<String>> wire =
                read(json, new TypeReference<LinkedHashMap<String, List<String>>>() {});
        Map<ScopeDimension, List<String>> scope = new LinkedHashMap<>();
        wire.forEach((name, ids) -> scope.put(ScopeDimension.fromWire(name), new ArrayList<>(ids)));
        return new VariableScope(scope);
    }

    static String promptToJson(VariablePrompt prompt) {
        return prompt == null ? null : write(prompt);
    }

    static VariablePrompt promptFromJson(String json) {
        return json == null ? null : read(json, new TypeReference<VariablePrompt>() {});
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store variable data", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored variable data is damaged", e);
        }
    }
}
