package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.deployment.Progression;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a release may be deployed by this user now: the environments its lifecycle progression
 * allows ({@link Progression#canDeployTo}) for which the user holds {@code DeploymentCreate}. The
 * UI offers "Deploy" and "Promote" only there; the engine checks again when asked.
 */
public final class Deployability {

    static final String PERMISSION = "DeploymentCreate";

    private final Access access;

    public Deployability(Access access) {
        this.access = access;
    }

    /** The options in {@code environments}' order. */
    public List<DeployOption> options(
            Caller caller,
            Release release,
            Progression progression,
            List<Environment> environments) {
        List<DeployOption> options = new ArrayList<>();
        for (Environment environment : environments) {
            if (progression.canDeployTo(environment.id())
                    && access.allowsDeployment(
                            caller, release.spaceId(), release.projectId(), environment.id())) {
                options.add(
                        new DeployOption(
                                environment.id(),
                                environment.name(),
                                progression.outcome(environment.id()).wasDeployed()));
            }
        }
        return options;
    }
}
