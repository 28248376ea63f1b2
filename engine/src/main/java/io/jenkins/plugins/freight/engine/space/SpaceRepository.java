package io.jenkins.plugins.freight.engine.space;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of spaces. */
public interface SpaceRepository {

    Optional<Space> find(Handle handle, String id);

    /** By id, slug, or exact (case-insensitive) name. */
    Optional<Space> findByReference(Handle handle, String reference);

    /** The id of the space {@link #findByReference} finds, without reading its document. */
    default Optional<String> idOf(Handle handle, String reference) {
        return findByReference(handle, reference).map(Space::id);
    }

    Page<Space> list(Handle handle, ListQuery query);

    List<Space> all(Handle handle);

    boolean isNameTaken(Handle handle, String name, String exceptId);

    /** A unique slug for the name (given one is checked by the service). */
    String uniqueSlug(Handle handle, String name, String exceptId);

    boolean isSlugTaken(Handle handle, String slug, String exceptId);

    void insert(Handle handle, Space space);

    void update(Handle handle, Space space);

    boolean delete(Handle handle, String id);
}
