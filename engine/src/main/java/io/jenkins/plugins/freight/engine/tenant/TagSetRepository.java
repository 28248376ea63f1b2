package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of tag sets (with their tags); every lookup is within one space. */
public interface TagSetRepository {

    Optional<TagSet> findByReference(Handle handle, String spaceId, String reference);

    /** In sort order. */
    Page<TagSet> list(Handle handle, String spaceId, ListQuery query);

    /** The sets with these names (case-insensitive). */
    List<TagSet> named(Handle handle, String spaceId, java.util.Collection<String> names);

    int maxSortOrder(Handle handle, String spaceId);

    DocumentTable<TagSet> table();

    void insert(Handle handle, TagSet set);

    void update(Handle handle, TagSet set);

    boolean delete(Handle handle, String spaceId, String id);
}
