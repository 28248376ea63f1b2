package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.error.ConflictException;
import io.jenkins.plugins.freight.engine.tenant.Tenant;
import io.jenkins.plugins.freight.engine.tenant.TenantListener;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Refuses deleting a tenant that releases were deployed to: the deployment history (and the
 * tenant's progression through the lifecycle) names the tenant.
 */
final class TenantDeployments implements TenantListener {

    private static final int NAMED_AT_MOST = 3;

    @Override
    public void deleting(Handle handle, Tenant tenant) {
        long total =
                handle.createQuery(
                                "SELECT COUNT(*) FROM deployments WHERE tenant_id = :tenant AND"
                                        + " space_id = :space")
                        .bind("tenant", tenant.id())
                        .bind("space", tenant.spaceId())
                        .mapTo(Long.class)
                        .one();
        if (total == 0) {
            return;
        }
        List<String> newest =
                handle.createQuery(
                                "SELECT id FROM deployments WHERE tenant_id = :tenant AND space_id"
                                        + " = :space ORDER BY tenant_id DESC, deployment_number"
                                        + " DESC LIMIT "
                                        + NAMED_AT_MOST)
                        .bind("tenant", tenant.id())
                        .bind("space", tenant.spaceId())
                        .mapTo(String.class)
                        .list();
        long more = total - newest.size();
        throw new ConflictException(
                "Tenant '"
                        + tenant.name()
                        + "' has "
                        + total
                        + (total == 1 ? " deployment" : " deployments")
                        + " ("
                        + String.join(", ", newest)
                        + (more > 0 ? " and " + more + " more" : "")
                        + ") and cannot be deleted while the deployment history names it.");
    }
}
