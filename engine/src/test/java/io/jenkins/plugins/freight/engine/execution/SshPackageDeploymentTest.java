package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.PackageReference;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.ScopeDimension;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A package pushed to the built-in feed is deployed to an SSH target (a real Apache MINA SSHD
 * server on loopback that runs commands as this user): files substituted, Deploy.sh run on the
 * target, {@code current} switched, and a later script step on the same target.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshPackageDeploymentTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    @TempDir static Path dir;
    private static TestSshServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestSshServer.start(dir, null);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void packageIsDeployedToTheSshTargetFromTheFeed(DatabaseKind kind) throws Exception {
        Seed seed = ENGINES.seed(kind);
        Path root = dir.resolve("web-01-" + kind);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", "<h1>Random quotes</h1>");
        files.put(
                "config/app.properties", "environment=#{Octopus.Environment.Name}\nport=#{Port}\n");
        files.put(
                "Deploy.sh",
                "echo \"Deploy.sh on $(get_octopusvariable Octopus.Machine.Name)"
                        + " for $(get_octopusvariable Octopus.Release.Number)\"\n");
        seed.push("RandomQuotes.1.4.0.zip", ExecutionTesting.zip(files));
        Account account =
                seed.engine()
                        .accounts()
                        .create(
                                ALICE,
                                seed.space(),
                                Account.usernamePassword(
                                        "Deployer", TestSshServer.USER, TestSshServer.PASSWORD));
        Machine web =
                seed.engine()
                        .machines()
                        .create(
                                ALICE,
                                seed.space(),
                                Machine.ssh(
                                        "web-01",
                                        List.of(seed.test().id()),
                                        List.of("web"),
                                        SshEndpoint.of(
                                                "127.0.0.1",
                                                server.port(),
                                                server.fingerprint(),
                                                account.id())));
        Project project = seed.project("Random Quotes");
        seed.variables(
                project,
                Variable.of(PlanBuilder.ROOT_DIRECTORY, root.toString())
                        .withScope(VariableScope.of(ScopeDimension.MACHINE, web.id())),
                Variable.of("Port", "80"),
                Variable.of("Port", "8082")
                        .withScope(VariableScope.of(ScopeDimension.ROLE, "web")));
        DeploymentAction deploy =
                DeploymentAction.of(
                                "Deploy web app",
                                "Octopus.TentaclePackage",
                                Map.of(
                                        "Octopus.Action.EnabledFeatures",
                                        "Octopus.Features.SubstituteInFiles",
                                        "Octopus.Action.SubstituteInFiles.TargetFiles",
                                        "config/app.properties"))
                        .withPackages(
                                List.of(
                                        PackageReference.primary(
                                                "RandomQuotes", FeedService.BUILTIN_FEED_ID)));
        seed.process(
                project,
                DeploymentStep.of(
                        "Deploy web app", Map.of(DeploymentStep.TARGET_ROLES, "web"), deploy),
                DeploymentStep.of(
                        "Check",
                        Map.of(DeploymentStep.TARGET_ROLES, "web"),
                        DeploymentAction.of(
                                "Check",
                                "Octopus.Script",
                                Map.of(
                                        "Octopus.Action.Script.ScriptBody",
                                        "cat \"#{Octopus.Action[Deploy web app].Output"
                                                + ".Package.InstallationDirectoryPath}"
                                                + "/config/app.properties\""))));

        Deployment deployment = seed.deploy(seed.release(project, "1.4.0"), seed.test());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        Path current = root.resolve("Applications/Test/RandomQuotes/current");
        assertThat(Files.isSymbolicLink(current)).isTrue();
        assertThat(Files.readString(current.resolve("config/app.properties")))
                .isEqualTo("environment=Test\nport=8082\n");
        assertThat(current.resolve("index.html")).hasContent("<h1>Random quotes</h1>");
        assertThat(raw)
                .contains("Deploying package RandomQuotes 1.4.0 to web-01")
                .contains("Deploy.sh on web-01 for 1.4.0")
                .contains("port=8082")
                .contains("Deploy web app on web-01")
                .doesNotContain(TestSshServer.PASSWORD);

        // the target remembers the task that ran on it
        assertThat(seed.engine().taskMachines().list(ALICE, seed.space(), web.id(), 0, 30).items())
                .extracting(ServerTask::id)
                .containsExactly(task.id());
        // the preview resolves as the deployment did: the tag-scoped Port for web-01
        assertThat(previewedPort(seed, project, web.id())).isEqualTo("8082");
        assertThat(previewedPort(seed, project, null)).isEqualTo("80");
    }

    private static String previewedPort(Seed seed, Project project, String machineId) {
        return seed
                .engine()
                .variablePreview()
                .preview(
                        ALICE,
                        seed.space(),
                        new VariablePreviewQuery(
                                project.id(),
                                null,
                                seed.test().id(),
                                null,
                                null,
                                "Deploy web app",
                                machineId,
                                null))
                .variables()
                .stream()
                .filter(v -> v.name().equals("Port"))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
