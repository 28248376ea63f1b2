package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of project groups; every lookup is within one space. */
public interface ProjectGroupRepository {

    Optional<ProjectGroup> findByReference(Handle handle, String spaceId, String reference);

    Page<ProjectGroup> list(Handle handle, String spaceId, ListQuery query);

    DocumentTable<ProjectGroup> table();

    void insert(Handle handle, ProjectGroup group);

    void update(Handle handle, ProjectGroup group);

    boolean delete(Handle handle, String spaceId, String id);
}
