package io.jenkins.plugins.freight.engine.environment;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Environments in table {@code environments}, ordered by {@code (space_id, sort_order)}. */
public final class JdbcEnvironmentRepository implements EnvironmentRepository {

    private final DocumentTable<Environment> table =
            new DocumentTable<>("environments", Environment.class, "sort_order, id");

    @Override
    public Optional<Environment> find(Handle handle, String spaceId, String id) {
        return table.find(handle, spaceId, id);
    }

    @Override
    public Optional<Environment> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Environment> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public List<Environment> all(Handle handle, String spaceId) {
        return table.listAll(handle, spaceId);
    }

    @Override
    public List<String> missing(Handle handle, String spaceId, Collection<String> ids) {
        return table.missing(handle, spaceId, ids);
    }

    @Override
    public int maxSortOrder(Handle handle, String spaceId) {
        return handle.createQuery(
                        "SELECT coalesce(max(sort_order), 0) FROM environments WHERE space_id = :s")
                .bind("s", spaceId)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public DocumentTable<Environment> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Environment environment) {
        table.insert(handle, columns(environment), () -> clash(environment));
    }

    @Override
    public void update(Handle handle, Environment environment) {
        table.update(
                handle,
                environment.spaceId(),
                columns(environment),
                null,
                () -> clash(environment));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(Environment e) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", e.id());
        columns.put("space_id", e.spaceId());
        columns.put("name", e.name());
        columns.put("name_lower", Names.key(e.name()));
        columns.put("slug", e.slug());
        columns.put("sort_order", e.sortOrder());
        columns.put("document", Documents.write(e));
        return columns;
    }

    private static ConflictException clash(Environment e) {
        return new ConflictException(
                "Another environment named '"
                        + e.name()
                        + "' (or with the slug '"
                        + e.slug()
                        + "') was saved at the same time.");
    }
}
