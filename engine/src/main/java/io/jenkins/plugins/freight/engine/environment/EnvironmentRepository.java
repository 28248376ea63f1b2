package io.jenkins.plugins.freight.engine.environment;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of environments; every lookup is within one space. */
public interface EnvironmentRepository {

    Optional<Environment> find(Handle handle, String spaceId, String id);

    /** By id, slug or exact (case-insensitive) name. */
    Optional<Environment> findByReference(Handle handle, String spaceId, String reference);

    /** In sort order. */
    Page<Environment> list(Handle handle, String spaceId, ListQuery query);

    /** Every environment of the space in sort order. */
    List<Environment> all(Handle handle, String spaceId);

    /** Of these ids, the ones that are not environments of the space. */
    List<String> missing(Handle handle, String spaceId, Collection<String> ids);

    int maxSortOrder(Handle handle, String spaceId);

    /** The shared table operations (names, slugs). */
    DocumentTable<Environment> table();

    void insert(Handle handle, Environment environment);

    void update(Handle handle, Environment environment);

    boolean delete(Handle handle, String spaceId, String id);
}
