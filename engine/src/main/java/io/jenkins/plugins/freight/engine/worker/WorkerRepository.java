package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of workers with their pool membership rows. */
public interface WorkerRepository {

    Optional<Worker> findByReference(Handle handle, String spaceId, String reference);

    /** By name, filtered. */
    Page<Worker> list(Handle handle, String spaceId, ListQuery query, WorkerFilter filter);

    /** How many workers belong to the pool. */
    long countInPool(Handle handle, String workerPoolId);

    DocumentTable<Worker> table();

    void insert(Handle handle, Worker worker);

    void update(Handle handle, Worker worker);

    boolean delete(Handle handle, String spaceId, String id);
}
