package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Workers in table {@code workers}; pool membership in {@code worker_pool_members}, indexed by
 * pool, so "the workers of pool P" is an index lookup.
 */
public final class JdbcWorkerRepository implements WorkerRepository {

    private final DocumentTable<Worker> table =
            new DocumentTable<>("workers", Worker.class, "name_lower, id");

    @Override
    public Optional<Worker> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Worker> list(Handle handle, String spaceId, ListQuery query, WorkerFilter filter) {
        List<Filter> filters = new ArrayList<>();
        if (!filter.workerPoolIds().isEmpty()) {
            Map<String, Object> bound = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < filter.workerPoolIds().size(); i++) {
                names.add(":wp" + i);
                bound.put("wp" + i, filter.workerPoolIds().get(i));
            }
            filters.add(
                    new Filter(
                            "id IN (SELECT worker_id FROM worker_pool_members WHERE worker_pool_id"
                                    + " IN ("
                                    + String.join(", ", names)
                                    + "))",
                            bound));
        }
        if (filter.isDisabled() != null) {
            filters.add(Filter.eq("is_disabled", filter.isDisabled()));
        }
        Filter[] indexed = filters.toArray(Filter[]::new);
        if (!filter.needsDocumentFilter()) {
            return table.list(handle, spaceId, query, indexed);
        }
        // health and endpoint style live in the document; workers are few per space
        List<Worker> all =
                table
                        .list(
                                handle,
                                spaceId,
                                ListQuery.all()
                                        .withIds(query.ids())
                                        .withPartialName(query.partialName())
                                        .withName(query.name()),
                                indexed)
                        .items()
                        .stream()
                        .filter(filter::matchesDocument)
                        .toList();
        int from = (int) Math.min(query.skip(), all.size());
        int to = (int) Math.min((long) from + query.take(), all.size());
        return new Page<>(all.subList(from, to), all.size(), query.skip(), query.take());
    }

    @Override
    public long countInPool(Handle handle, String workerPoolId) {
        return handle.createQuery(
                        "SELECT count(*) FROM worker_pool_members WHERE worker_pool_id = :p")
                .bind("p", workerPoolId)
                .mapTo(Long.class)
                .one();
    }

    @Override
    public DocumentTable<Worker> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Worker worker) {
        table.insert(handle, columns(worker), () -> clash(worker));
        writeMembers(handle, worker);
    }

    @Override
    public void update(Handle handle, Worker worker) {
        table.update(handle, worker.spaceId(), columns(worker), null, () -> clash(worker));
        deleteMembers(handle, worker.id());
        writeMembers(handle, worker);
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        deleteMembers(handle, id);
        return table.delete(handle, spaceId, id);
    }

    private static void deleteMembers(Handle handle, String workerId) {
        handle.createUpdate("DELETE FROM worker_pool_members WHERE worker_id = :w")
                .bind("w", workerId)
                .execute();
    }

    private static void writeMembers(Handle handle, Worker worker) {
        if (worker.workerPoolIds().isEmpty()) {
            return;
        }
        var batch =
                handle.prepareBatch(
                        "INSERT INTO worker_pool_members (worker_id, worker_pool_id) VALUES (:w, :p)");
        for (String pool : worker.workerPoolIds()) {
            batch.bind("w", worker.id()).bind("p", pool).add();
        }
        batch.execute();
    }

    private static Map<String, Object> columns(Worker w) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", w.id());
        columns.put("space_id", w.spaceId());
        columns.put("name", w.name());
        columns.put("name_lower", Names.key(w.name()));
        columns.put("slug", w.slug());
        columns.put("is_disabled", w.isDisabled());
        columns.put("document", Documents.write(w));
        return columns;
    }

    private static ConflictException clash(Worker w) {
        return new ConflictException(
                "Another worker named '" + w.name() + "' was saved at the same time.");
    }
}
