package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engine nodes on one real PostgreSQL deploy two projects to the same SSH target at the same
 * time: the second node's step waits until the first node's step on that target has finished.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TargetLockDeploymentTest {

    @TempDir Path dir;

    private static EngineSettings node(Path data, DatabaseSettings database, String name) {
        return EngineSettings.defaults(data)
                .withDatabase(database)
                .withNodeName(name)
                .withTaskCap(1)
                .withLease(Duration.ofSeconds(5), Duration.ofMillis(500));
    }

    private static DeploymentStep journaled(Path journal) {
        String line = "#{Octopus.Project.Name} on #{Octopus.Machine.Name}";
        return DeploymentStep.of(
                "Deploy",
                Map.of(DeploymentStep.TARGET_ROLES, "web"),
                DeploymentAction.of(
                        "Deploy",
                        "Octopus.Script",
                        Map.of(
                                "Octopus.Action.Script.ScriptBody",
                                "echo \"start "
                                        + line
                                        + "\" >> '"
                                        + journal
                                        + "'; sleep 3; echo \"end "
                                        + line
                                        + "\" >> '"
                                        + journal
                                        + "'")));
    }

    @Test
    void stepsOfTwoNodesTakeTurnsOnTheSameTarget() throws Exception {
        DatabaseSettings database = TestDatabases.postgresSettings();
        Path journal = dir.resolve("journal.txt");
        try (TestSshServer ssh = TestSshServer.start(dir, null);
                Engine a = Engine.open(node(dir.resolve("a"), database, "node-a"))) {
            Seed seed = ExecutionTesting.seed(a);
            Account account =
                    a.accounts()
                            .create(
                                    ALICE,
                                    seed.space(),
                                    Account.usernamePassword(
                                            "Deployer",
                                            TestSshServer.USER,
                                            TestSshServer.PASSWORD));
            a.machines()
                    .create(
                            ALICE,
                            seed.space(),
                            Machine.ssh(
                                    "web-01",
                                    List.of(seed.test().id()),
                                    List.of("web"),
                                    SshEndpoint.of(
                                            "127.0.0.1",
                                            ssh.port(),
                                            ssh.fingerprint(),
                                            account.id())));
            Project shop = seed.project("Shop");
            Project billing = seed.project("Billing");
            seed.process(shop, journaled(journal));
            seed.process(billing, journaled(journal));
            // the nodes of one cluster share the key that seals secrets (the account's password)
            Files.createDirectories(dir.resolve("b"));
            Files.copy(dir.resolve("a").resolve("secret.key"), dir.resolve("b/secret.key"));

            try (Engine b = Engine.open(node(dir.resolve("b"), database, "node-b"))) {
                a.start();
                Deployment first = seed.deploy(seed.release(shop, "1.0.0"), seed.test());
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Files.exists(journal) && !Files.readString(journal).isEmpty());
                b.start();
                Deployment second = seed.deploy(seed.release(billing, "1.0.0"), seed.test());

                ServerTask one = seed.await(first);
                ServerTask two =
                        b.tasks()
                                .awaitCompletion(
                                        Caller.system(), second.taskId(), Duration.ofSeconds(60));

                assertThat(one.state()).as(seed.rawLog(first)).isEqualTo(TaskState.SUCCESS);
                assertThat(two.state()).as(seed.rawLog(second)).isEqualTo(TaskState.SUCCESS);
                assertThat(one.serverNode()).isEqualTo("node-a");
                assertThat(two.serverNode()).isEqualTo("node-b");
                assertThat(Files.readAllLines(journal))
                        .containsExactly(
                                "start Shop on web-01",
                                "end Shop on web-01",
                                "start Billing on web-01",
                                "end Billing on web-01");
                assertThat(seed.rawLog(second))
                        .contains("Waiting for the step that runs on web-01 to finish.");
            }
        }
    }
}
