package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Worker pools in table {@code worker_pools}; {@code default_of_space} carries the space id on the
 * default pool only, and its unique index keeps a second default out even under concurrent saves.
 */
public final class JdbcWorkerPoolRepository implements WorkerPoolRepository {

    private final DocumentTable<WorkerPool> table =
            new DocumentTable<>("worker_pools", WorkerPool.class, "sort_order, name_lower, id");

    @Override
    public Optional<WorkerPool> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Optional<WorkerPool> findDefault(Handle handle, String spaceId) {
        return table.listAll(handle, spaceId, Filter.eq("default_of_space", spaceId)).stream()
                .findFirst();
    }

    @Override
    public Page<WorkerPool> list(Handle handle, String spaceId, ListQuery query) {
        return table.list(handle, spaceId, query);
    }

    @Override
    public int maxSortOrder(Handle handle, String spaceId) {
        return handle.createQuery(
                        "SELECT COALESCE(MAX(sort_order), -1) FROM worker_pools WHERE space_id = :s")
                .bind("s", spaceId)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public List<String> spacesWithoutDefault(Handle handle) {
        return handle.createQuery(
                        "SELECT s.id FROM spaces s WHERE NOT EXISTS (SELECT 1 FROM worker_pools p"
                                + " WHERE p.default_of_space = s.id) ORDER BY s.id")
                .mapTo(String.class)
                .list();
    }

    @Override
    public DocumentTable<WorkerPool> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, WorkerPool pool) {
        table.insert(handle, columns(pool), () -> clash(pool));
    }

    @Override
    public void update(Handle handle, WorkerPool pool) {
        table.update(handle, pool.spaceId(), columns(pool), null, () -> clash(pool));
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return table.delete(handle, spaceId, id);
    }

    private static Map<String, Object> columns(WorkerPool p) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", p.id());
        columns.put("space_id", p.spaceId());
        columns.put("name", p.name());
        columns.put("name_lower", Names.key(p.name()));
        columns.put("slug", p.slug());
        columns.put("sort_order", p.sortOrder());
        columns.put("default_of_space", p.isDefault() ? p.spaceId() : null);
        columns.put("document", Documents.write(p));
        return columns;
    }

    private static ConflictException clash(WorkerPool p) {
        return new ConflictException(
                "Another worker pool named '"
                        + p.name()
                        + "' (or another default pool) was saved at the same time.");
    }
}
