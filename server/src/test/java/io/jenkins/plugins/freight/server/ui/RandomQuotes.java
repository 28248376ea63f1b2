package io.jenkins.plugins.freight.server.ui;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.Space;
import java.util.List;
import java.util.Map;

/**
 * The seed tutorial's setup in the default space: Dev, Test and Prod; the lifecycle "Dev, Test, and
 * Prod" with an optional Dev phase; projects whose process runs a script on the server and then
 * asks for sign-off outside Dev.
 */
final class RandomQuotes {

    static final String SPACE = Space.DEFAULT_ID;

    final Engine engine;
    final Caller admin;
    final Environment dev;
    final Environment test;
    final Environment prod;
    final Lifecycle lifecycle;

    RandomQuotes(UiServer server) {
        this.engine = server.engine();
        this.admin = server.admin();
        this.dev = engine.environments().create(admin, SPACE, Environment.named("Dev"));
        this.test = engine.environments().create(admin, SPACE, Environment.named("Test"));
        this.prod = engine.environments().create(admin, SPACE, Environment.named("Prod"));
        this.lifecycle =
                engine.lifecycles()
                        .create(
                                admin,
                                SPACE,
                                Lifecycle.of(
                                        "Dev, Test, and Prod",
                                        Phase.manual("Dev", dev.id()).asOptional(),
                                        Phase.manual("Test", test.id()),
                                        Phase.manual("Prod", prod.id())));
    }

    /** A project deploying with {@code script}, then signing off outside Dev. */
    Project project(String name, String script) {
        return project(name, script, "echo 'Smoke test passed'");
    }

    /**
     * A project deploying with {@code script}, then signing off outside Dev, then running {@code
     * afterSignOff}.
     */
    Project project(String name, String script, String afterSignOff) {
        Project project =
                engine.projects()
                        .create(
                                admin,
                                SPACE,
                                Project.builder(name).lifecycleId(lifecycle.id()).build());
        engine.database().useTransaction(h -> engine.variables().createSet(h, SPACE, project.id()));
        DeploymentAction deploy = script("Deploy web app", script);
        DeploymentAction signOff =
                DeploymentAction.of(
                                "Deployment Sign Off",
                                "Octopus.Manual",
                                Map.of(
                                        "Octopus.Action.Manual.Instructions",
                                        "Open the application and confirm it meets all the"
                                                + " requirements.",
                                        "Octopus.Action.Manual.BlockConcurrentDeployments",
                                        "True",
                                        DeploymentAction.RUN_ON_SERVER,
                                        "true"))
                        .withExcludedEnvironments(List.of(dev.id()));
        DeploymentProcess current = engine.processes().getForProject(admin, SPACE, project.id());
        engine.processes()
                .modify(
                        admin,
                        SPACE,
                        project.id(),
                        DeploymentProcess.edit(
                                current.version(),
                                List.of(
                                        DeploymentStep.of(deploy),
                                        DeploymentStep.of(signOff),
                                        DeploymentStep.of(script("Smoke test", afterSignOff)))));
        return project;
    }

    private static DeploymentAction script(String name, String body) {
        return DeploymentAction.of(
                name,
                "Octopus.Script",
                Map.of(
                        "Octopus.Action.Script.ScriptBody",
                        body,
                        "Octopus.Action.Script.Syntax",
                        "Bash",
                        DeploymentAction.RUN_ON_SERVER,
                        "true"));
    }

    Release release(Project project, String version) {
        return engine.releases()
                .create(
                        admin,
                        SPACE,
                        CreateReleaseRequest.of(project.id())
                                .withVersion(version)
                                .withReleaseNotes("Random quotes, " + version + "."));
    }

    Deployment deploy(Release release, Environment environment) {
        return engine.deployments()
                .create(
                        admin,
                        SPACE,
                        CreateDeploymentRequest.release(release.id(), environment.id()))
                .get(0);
    }
}
