package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.tenant.Tenant;

/** One deployment to create: a release to an environment, for a tenant or (null) untenanted. */
record DeploymentTarget(Release release, Environment environment, Tenant tenant) {

    String tenantId() {
        return tenant == null ? null : tenant.id();
    }
}
