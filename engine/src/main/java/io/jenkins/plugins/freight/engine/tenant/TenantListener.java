package io.jenkins.plugins.freight.engine.tenant;

import org.jdbi.v3.core.Handle;

/**
 * Told, inside the deleting transaction, that a tenant is about to be deleted on its own (not with
 * its space). Features whose records name a tenant (deployments) refuse here by throwing a {@code
 * ConflictException} that says what still uses it.
 */
@FunctionalInterface
public interface TenantListener {

    void deleting(Handle handle, Tenant tenant);
}
