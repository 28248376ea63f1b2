package io.jenkins.plugins.freight.engine.security;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Names of the documents a scope refers to, for messages people read ("environment Prod"), and the
 * project group of a project. Reads the configuration tables directly so the security model needs
 * none of the configuration services; an unknown id is shown as the id.
 */
final class ScopeNames {

    private static final Map<ScopeKind, String> TABLES =
            Map.of(
                    ScopeKind.PROJECTS, "projects",
                    ScopeKind.ENVIRONMENTS, "environments",
                    ScopeKind.TENANTS, "tenants",
                    ScopeKind.PROJECT_GROUPS, "project_groups");

    private ScopeNames() {}

    static String name(Handle handle, ScopeKind kind, String id) {
        return lookup(handle, TABLES.get(kind), id).orElse(id);
    }

    static String spaceName(Handle handle, String spaceId) {
        return lookup(handle, "spaces", spaceId).orElse(spaceId);
    }

    /** The project group of a project, or null when the project is unknown. */
    static String projectGroupOf(Handle handle, String projectId) {
        return handle.createQuery("SELECT project_group_id FROM projects WHERE id = :id")
                .bind("id", projectId)
                .mapTo(String.class)
                .findOne()
                .orElse(null);
    }

    private static Optional<String> lookup(Handle handle, String table, String id) {
        return handle.createQuery("SELECT name FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }
}
