package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of worker pools; at most one default pool per space. */
public interface WorkerPoolRepository {

    Optional<WorkerPool> findByReference(Handle handle, String spaceId, String reference);

    /** The space's default pool, if it has one yet. */
    Optional<WorkerPool> findDefault(Handle handle, String spaceId);

    /** By sort order, then name. */
    Page<WorkerPool> list(Handle handle, String spaceId, ListQuery query);

    /** The highest sort order in the space, or -1 when it has no pool. */
    int maxSortOrder(Handle handle, String spaceId);

    /** The ids of spaces that have no default pool (they existed before worker pools). */
    java.util.List<String> spacesWithoutDefault(Handle handle);

    DocumentTable<WorkerPool> table();

    void insert(Handle handle, WorkerPool pool);

    void update(Handle handle, WorkerPool pool);

    boolean delete(Handle handle, String spaceId, String id);
}
