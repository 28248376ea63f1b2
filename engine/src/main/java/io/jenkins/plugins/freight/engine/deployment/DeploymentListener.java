package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.security.Caller;
import org.jdbi.v3.core.Handle;

/** Learns of every deployment created, inside the creating transaction (e.g. the audit log). */
@FunctionalInterface
public interface DeploymentListener {

    void created(Handle handle, Caller caller, Deployment deployment);
}
