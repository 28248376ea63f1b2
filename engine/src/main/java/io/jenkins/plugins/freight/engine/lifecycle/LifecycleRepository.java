package io.jenkins.plugins.freight.engine.lifecycle;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of lifecycles; every lookup is within one space. */
public interface LifecycleRepository {

    Optional<Lifecycle> find(Handle handle, String spaceId, String id);

    /** By id, slug or exact (case-insensitive) name. */
    Optional<Lifecycle> findByReference(Handle handle, String spaceId, String reference);

    /** By name. */
    Page<Lifecycle> list(Handle handle, String spaceId, ListQuery query);

    DocumentTable<Lifecycle> table();

    void insert(Handle handle, Lifecycle lifecycle);

    void update(Handle handle, Lifecycle lifecycle);

    boolean delete(Handle handle, String spaceId, String id);
}
