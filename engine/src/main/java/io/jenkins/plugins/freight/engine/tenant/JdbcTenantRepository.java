package io.jenkins.plugins.freight.engine.tenant;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.space.DocumentTable;
import io.jenkins.plugins.freight.engine.space.DocumentTable.Filter;
import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Names;
import io.jenkins.plugins.freight.engine.space.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Tenants in table {@code tenants}; connections in {@code tenant_projects} and {@code
 * tenant_project_environments}, indexed by project (and environment).
 */
public final class JdbcTenantRepository implements TenantRepository {

    private final DocumentTable<Tenant> table =
            new DocumentTable<>("tenants", Tenant.class, "name_lower, id");

    @Override
    public Optional<Tenant> findByReference(Handle handle, String spaceId, String reference) {
        return table.findByReference(handle, spaceId, reference);
    }

    @Override
    public Page<Tenant> list(Handle handle, String spaceId, ListQuery query, String projectId) {
        return projectId == null
                ? table.list(handle, spaceId, query)
                : table.list(
                        handle,
                        spaceId,
                        query,
                        new Filter(
                                "id IN (SELECT tenant_id FROM tenant_projects WHERE project_id = :tp)",
                                Map.of("tp", projectId)));
    }

    @Override
    public List<Tenant> connectedTo(
            Handle handle, String spaceId, String projectId, String environmentId) {
        return table.listAll(
                handle,
                spaceId,
                new Filter(
                        "id IN (SELECT tenant_id FROM tenant_project_environments"
                                + " WHERE project_id = :tp AND environment_id = :te)",
                        Map.of("tp", projectId, "te", environmentId)));
    }

    @Override
    public DocumentTable<Tenant> table() {
        return table;
    }

    @Override
    public void insert(Handle handle, Tenant tenant) {
        table.insert(handle, columns(tenant), () -> clash(tenant));
        writeConnections(handle, tenant);
    }

    @Override
    public void update(Handle handle, Tenant tenant) {
        table.update(handle, tenant.spaceId(), columns(tenant), null, () -> clash(tenant));
        deleteConnections(handle, tenant.id());
        writeConnections(handle, tenant);
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        deleteConnections(handle, id);
        return table.delete(handle, spaceId, id);
    }

    private static void deleteConnections(Handle handle, String tenantId) {
        handle.createUpdate("DELETE FROM tenant_project_environments WHERE tenant_id = :t")
                .bind("t", tenantId)
                .execute();
        handle.createUpdate("DELETE FROM tenant_projects WHERE tenant_id = :t")
                .bind("t", tenantId)
                .execute();
    }

    private static void writeConnections(Handle handle, Tenant tenant) {
        var projects =
                handle.prepareBatch(
                        "INSERT INTO tenant_projects (tenant_id, project_id) VALUES (:t, :p)");
        var environments =
                handle.prepareBatch(
                        "INSERT INTO tenant_project_environments (tenant_id, project_id, environment_id)"
                                + " VALUES (:t, :p, :e)");
        boolean anyEnvironment = false;
        for (var entry : tenant.projectEnvironments().entrySet()) {
            projects.bind("t", tenant.id()).bind("p", entry.getKey()).add();
            for (String env : entry.getValue().stream().distinct().toList()) {
                environments.bind("t", tenant.id()).bind("p", entry.getKey()).bind("e", env).add();
                anyEnvironment = true;
            }
        }
        if (!tenant.projectEnvironments().isEmpty()) {
            projects.execute();
        }
        if (anyEnvironment) {
            environments.execute();
        }
    }

    private static Map<String, Object> columns(Tenant t) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", t.id());
        columns.put("space_id", t.spaceId());
        columns.put("name", t.name());
        columns.put("name_lower", Names.key(t.name()));
        columns.put("slug", t.slug());
        columns.put("document", Documents.write(t));
        return columns;
    }

    private static ConflictException clash(Tenant t) {
        return new ConflictException(
                "Another tenant named '" + t.name() + "' was saved at the same time.");
    }
}
