package io.jenkins.plugins.freight.engine.project;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of projects; every lookup is within one space. */
public interface ProjectRepository {

    Optional<Project> find(Handle handle, String spaceId, String id);

    /** By id, slug or exact (case-insensitive) name. */
    Optional<Project> findByReference(Handle handle, String spaceId, String reference);

    /** By name; {@code projectGroupId} null means every group. */
    Page<Project> list(Handle handle, String spaceId, ListQuery query, String projectGroupId);

    /** By name; null filters mean any group, any origin (or none). */
    Page<Project> list(
            Handle handle,
            String spaceId,
            ListQuery query,
            String projectGroupId,
            String clonedFromProjectId);

    DocumentTable<Project> table();

    void insert(Handle handle, Project project);

    void update(Handle handle, Project project);

    boolean delete(Handle handle, String spaceId, String id);
}
