package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of tenants and their project/environment connections. */
public interface TenantRepository {

    Optional<Tenant> findByReference(Handle handle, String spaceId, String reference);

    /** By name; {@code projectId} null means every tenant, else those connected to the project. */
    Page<Tenant> list(Handle handle, String spaceId, ListQuery query, String projectId);

    /** Tenants that deploy the project to the environment, by name. */
    List<Tenant> connectedTo(Handle handle, String spaceId, String projectId, String environmentId);

    DocumentTable<Tenant> table();

    /** Inserts the tenant and its connection rows. */
    void insert(Handle handle, Tenant tenant);

    /** Updates the tenant and rewrites its connection rows. */
    void update(Handle handle, Tenant tenant);

    boolean delete(Handle handle, String spaceId, String id);
}
