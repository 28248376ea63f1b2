package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.ForbiddenException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.security.SecurityTesting;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.worker.Worker;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Health tasks against a real Apache MINA SSHD server on loopback: a reachable target becomes
 * Healthy with its operating system, one on a closed port Unavailable with the reason; the task
 * fails naming it, logs one block per machine, and is listed among each target's tasks.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HealthCheckTest {

    @RegisterExtension
    static final ExecutionTesting.Engines ENGINES = new ExecutionTesting.Engines();

    @TempDir static Path dir;
    private static TestSshServer server;
    private static int closedPort;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestSshServer.start(dir, null);
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private static Account account(Seed seed) {
        return seed.engine()
                .accounts()
                .create(
                        ALICE,
                        seed.space(),
                        Account.usernamePassword(
                                "Login", TestSshServer.USER, TestSshServer.PASSWORD));
    }

    private static Machine target(Seed seed, Account account, String name, int port) {
        return seed.engine()
                .machines()
                .create(
                        ALICE,
                        seed.space(),
                        Machine.ssh(
                                name,
                                List.of(seed.dev().id()),
                                List.of("web"),
                                SshEndpoint.of(
                                        "127.0.0.1", port, server.fingerprint(), account.id())));
    }

    private static ServerTask await(Seed seed, ServerTask task) {
        ServerTask done =
                seed.engine()
                        .tasks()
                        .awaitCompletion(Caller.system(), task.id(), Duration.ofSeconds(90));
        assertThat(done.isCompleted()).as("task finished in time").isTrue();
        return done;
    }

    private static MachineHealth health(Seed seed, Machine m) {
        return seed.engine().machines().get(ALICE, seed.space(), m.id()).health();
    }

    private static List<String> activity(Seed seed, ServerTask task) {
        List<String> out = new ArrayList<>();
        for (ActivityElement e :
                seed.engine()
                        .tasks()
                        .details(Caller.system(), task.id(), true, null)
                        .activityLogs()) {
            collect(e, out);
        }
        return out;
    }

    private static void collect(ActivityElement e, List<String> out) {
        out.add("[" + e.name() + "] " + e.status());
        for (LogElement line : e.logElements()) {
            out.add(line.category() + " " + line.messageText());
        }
        e.children().forEach(c -> collect(c, out));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void reachableTargetBecomesHealthyAndClosedPortUnavailable(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Machine web = target(seed, account, "web-01", server.port());
        Machine down = target(seed, account, "down-01", closedPort);
        Machine created = target(seed, account, "off-01", closedPort);
        Machine off =
                seed.engine()
                        .machines()
                        .modify(ALICE, seed.space(), created.id(), created.withDisabled(true));
        assertThat(health(seed, web).status()).isEqualTo(HealthStatus.UNKNOWN);

        ServerTask queued =
                seed.engine()
                        .healthChecks()
                        .queue(ALICE, seed.space(), seed.dev().name(), List.of(), null);
        assertThat(queued.name()).isEqualTo("Health");
        assertThat(queued.description()).isEqualTo("Check health of the deployment targets in Dev");
        ServerTask task = await(seed, queued);

        List<String> activity = activity(seed, task);
        String raw = seed.engine().tasks().rawLog(Caller.system(), task.id());
        assertThat(task.state()).as(raw).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage()).isEqualTo("1 of 2 machines are unavailable: down-01.");

        MachineHealth healthy = health(seed, web);
        assertThat(healthy.status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(healthy.operatingSystem()).isEqualTo(System.getProperty("os.name"));
        assertThat(healthy.statusSummary()).startsWith("web-01 is healthy: ");
        assertThat(healthy.checkedOn()).isNotNull();

        MachineHealth unavailable = health(seed, down);
        assertThat(unavailable.status()).isEqualTo(HealthStatus.UNAVAILABLE);
        assertThat(unavailable.statusSummary())
                .startsWith("Could not connect to SSH target down-01 at 127.0.0.1:" + closedPort);
        assertThat(health(seed, off).status())
                .as("disabled: not checked")
                .isEqualTo(HealthStatus.UNKNOWN);

        assertThat(activity)
                .contains("[Check web-01] Success", "[Check down-01] Failed")
                .contains("Info Checking deployment target web-01.")
                .contains("Info " + healthy.statusSummary())
                .contains("Error " + unavailable.statusSummary())
                .noneMatch(l -> l.contains("off-0"));
        assertThat(raw).doesNotContain(TestSshServer.PASSWORD);

        for (Machine m : List.of(web, down)) {
            assertThat(
                            seed.engine()
                                    .taskMachines()
                                    .list(ALICE, seed.space(), m.id(), 0, 10)
                                    .items())
                    .extracting(ServerTask::id)
                    .containsExactly(task.id());
        }
        assertThat(seed.engine().taskMachines().list(ALICE, seed.space(), off.id(), 0, 10).items())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void checkingTheSpaceCoversTargetsAndWorkersAndSucceedsWhenAllAreHealthy(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Machine web = target(seed, account, "web-01", server.port());
        Worker worker =
                seed.engine()
                        .workers()
                        .create(
                                ALICE,
                                seed.space(),
                                Worker.ssh(
                                        "worker-01",
                                        List.of(WorkerDeploymentTest.defaultPool(seed).id()),
                                        SshEndpoint.of(
                                                "127.0.0.1",
                                                server.port(),
                                                server.fingerprint(),
                                                account.id())));

        ServerTask task =
                await(
                        seed,
                        seed.engine().healthChecks().queue(ALICE, seed.space(), null, null, null));

        String raw = seed.engine().tasks().rawLog(Caller.system(), task.id());
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(task.description())
                .isEqualTo("Check health of all deployment targets and workers");
        assertThat(health(seed, web).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(seed.engine().workers().get(ALICE, seed.space(), worker.id()).health().status())
                .isEqualTo(HealthStatus.HEALTHY);
        assertThat(activity(seed, task))
                .contains("[Check web-01] Success", "[Check worker-01] Success")
                .contains("Info Checking worker worker-01.")
                .contains("Info All 2 machines are healthy.");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void chosenTargetsOnlyAndBadInputQueuesNothing(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Machine web = target(seed, account, "web-01", server.port());
        Machine down = target(seed, account, "down-01", closedPort);

        ServerTask task =
                await(
                        seed,
                        seed.engine()
                                .healthChecks()
                                .queue(ALICE, seed.space(), null, List.of(web.id()), "Just web"));
        assertThat(task.state()).isEqualTo(TaskState.SUCCESS);
        assertThat(task.description()).isEqualTo("Just web");
        assertThat(health(seed, down).status()).isEqualTo(HealthStatus.UNKNOWN);

        int before =
                seed.engine()
                        .taskMachines()
                        .list(ALICE, seed.space(), web.id(), 0, 10)
                        .totalResults();
        assertThatThrownBy(
                        () ->
                                seed.engine()
                                        .healthChecks()
                                        .queue(
                                                ALICE,
                                                seed.space(),
                                                "Nowhere",
                                                List.of(web.id(), "Machines-999999"),
                                                null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).errors())
                                        .containsExactly(
                                                "Environment Nowhere does not exist.",
                                                "Deployment target Machines-999999 does not"
                                                        + " exist."));
        Caller stranger =
                SecurityTesting.user(seed.engine(), "stranger-" + kind + "-" + System.nanoTime());
        assertThatThrownBy(
                        () ->
                                seed.engine()
                                        .healthChecks()
                                        .queue(
                                                stranger,
                                                seed.space(),
                                                null,
                                                List.of(web.id()),
                                                null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(
                        seed.engine()
                                .taskMachines()
                                .list(ALICE, seed.space(), web.id(), 0, 10)
                                .totalResults())
                .isEqualTo(before);
    }
}
