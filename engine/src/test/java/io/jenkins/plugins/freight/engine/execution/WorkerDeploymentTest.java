package io.jenkins.plugins.freight.engine.execution;

import static io.jenkins.plugins.freight.engine.execution.ExecutionTesting.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.machine.Account;
import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.process.DeploymentAction;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.process.StartTrigger;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.target.TestSshServer;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.engine.worker.WorkerPool;
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
 * Steps that run on the server run on workers over SSH (a real Apache MINA SSHD server on loopback
 * that runs commands as this user): the default pool's worker, a named pool's worker (by field and
 * by property), one step at a time per worker, parallel steps spread over a pool; and clear
 * failures when a pool has no workers and the built-in worker is off.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WorkerDeploymentTest {

    private static final String PASSWORD = TestSshServer.PASSWORD;

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

    static DeploymentAction serverScript(String name, String body) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("Octopus.Action.Script.ScriptBody", body);
        properties.put("Octopus.Action.Script.Syntax", "Bash");
        properties.put(DeploymentAction.RUN_ON_SERVER, "true");
        return DeploymentAction.of(name, "Octopus.Script", properties);
    }

    static Account account(Seed seed) {
        return seed.engine()
                .accounts()
                .create(
                        ALICE,
                        seed.space(),
                        Account.usernamePassword("Worker login", TestSshServer.USER, PASSWORD));
    }

    static Worker worker(Seed seed, Account account, String name, String... pools) {
        return seed.engine()
                .workers()
                .create(
                        ALICE,
                        seed.space(),
                        Worker.ssh(
                                name,
                                List.of(pools),
                                SshEndpoint.of(
                                        "127.0.0.1",
                                        server.port(),
                                        server.fingerprint(),
                                        account.id())));
    }

    static WorkerPool defaultPool(Seed seed) {
        return seed.engine()
                .database()
                .withHandle(h -> seed.engine().workerPools().findDefault(h, seed.space()))
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void serverStepsRunOnTheDefaultPoolsWorkerAndOnTheirOwnPoolsWorker(DatabaseKind kind)
            throws Exception {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Path root = Files.createDirectories(dir.resolve("worker-root-" + kind));
        WorkerPool linux =
                seed.engine().workerPools().create(ALICE, seed.space(), WorkerPool.named("Linux"));
        worker(seed, account, "general-1", defaultPool(seed).id());
        worker(seed, account, "linux-1", linux.id());
        Project project = seed.project("Ops");
        seed.variables(
                project,
                Variable.of(WorkerPlanner.ROOT_DIRECTORY, root.toString()),
                Variable.of("Pool", "Linux"));
        String show =
                "echo \"ran on #{Octopus.Machine.Name} in #{Octopus.WorkerPool.Name} at $(pwd)\"";
        seed.process(
                project,
                DeploymentStep.of(serverScript("Default pool", show)),
                DeploymentStep.of(
                        serverScript("Linux by field", show).withWorkerPoolId(linux.id())),
                DeploymentStep.of(
                        serverScript("Linux by property", show)
                                .withProperties(
                                        withProperty(
                                                serverScript("Linux by property", show),
                                                DeploymentAction.WORKER_POOL_PROPERTY,
                                                linux.id()))),
                DeploymentStep.of(
                        serverScript("Linux by variable", show).withWorkerPoolVariable("Pool")));

        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.dev());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        assertThat(raw)
                .contains("Running on worker general-1 from worker pool Default Worker Pool.")
                .contains("ran on general-1 in Default Worker Pool at " + root)
                .contains("Running on worker linux-1 from worker pool Linux.")
                .contains("ran on linux-1 in Linux at " + root)
                .doesNotContain("ran on linux-1 in Default Worker Pool")
                .doesNotContain(PASSWORD);
        assertThat(seed.activity(deployment))
                .anyMatch(l -> l.contains("[Default pool on general-1]"))
                .anyMatch(l -> l.contains("[Linux by field on linux-1]"))
                .anyMatch(l -> l.contains("[Linux by property on linux-1]"))
                .anyMatch(l -> l.contains("[Linux by variable on linux-1]"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void oneStepAtATimePerWorkerAndParallelStepsSpreadOverThePool(DatabaseKind kind)
            throws Exception {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Path root = Files.createDirectories(dir.resolve("lock-root-" + kind));
        Path journal = dir.resolve("journal-" + kind + ".txt");
        WorkerPool single =
                seed.engine().workerPools().create(ALICE, seed.space(), WorkerPool.named("Single"));
        WorkerPool pair =
                seed.engine().workerPools().create(ALICE, seed.space(), WorkerPool.named("Pair"));
        worker(seed, account, "solo", single.id());
        worker(seed, account, "pair-1", pair.id());
        worker(seed, account, "pair-2", pair.id());
        Project project = seed.project("Parallel");
        seed.variables(project, Variable.of(WorkerPlanner.ROOT_DIRECTORY, root.toString()));
        String body =
                "echo \"start #{Octopus.Action.Name}\" >> '"
                        + journal
                        + "'; sleep 1; echo \"end #{Octopus.Action.Name}\" >> '"
                        + journal
                        + "'";
        seed.process(
                project,
                DeploymentStep.of(serverScript("A", body).withWorkerPoolId(single.id())),
                DeploymentStep.of(serverScript("B", body).withWorkerPoolId(single.id()))
                        .withStartTrigger(StartTrigger.START_WITH_PREVIOUS),
                DeploymentStep.of(serverScript("C", "echo C on #{Octopus.Machine.Name}"))
                        .withName("C"),
                DeploymentStep.of(
                                serverScript("P1", "sleep 1; echo P1 on #{Octopus.Machine.Name}")
                                        .withWorkerPoolId(pair.id()))
                        .withName("P1"),
                DeploymentStep.of(
                                serverScript("P2", "sleep 1; echo P2 on #{Octopus.Machine.Name}")
                                        .withWorkerPoolId(pair.id()))
                        .withName("P2")
                        .withStartTrigger(StartTrigger.START_WITH_PREVIOUS));

        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.dev());
        ServerTask task = seed.await(deployment);

        String raw = seed.rawLog(deployment);
        assertThat(task.state()).as(raw).isEqualTo(TaskState.SUCCESS);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(4);
        // the two steps on the single worker never overlap
        assertThat(lines.get(0).substring(6)).isEqualTo(lines.get(1).substring(4));
        assertThat(lines.get(2).substring(6)).isEqualTo(lines.get(3).substring(4));
        // the default pool has no workers here, and this engine allows the built-in worker
        assertThat(raw).contains("C on execution-test-" + kind);
        // parallel steps of one pool take different workers
        assertThat(raw).containsAnyOf("P1 on pair-1", "P1 on pair-2");
        assertThat(raw).containsAnyOf("P2 on pair-1", "P2 on pair-2");
        assertThat(raw.contains("P1 on pair-1")).isNotEqualTo(raw.contains("P2 on pair-1"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDefaultPoolWithOnlyUnhealthyWorkersDoesNotFallBackToTheEnginesHost(DatabaseKind kind) {
        Seed seed = ENGINES.seed(kind);
        Account account = account(seed);
        Worker sick = worker(seed, account, "sick-1", defaultPool(seed).id());
        seed.engine()
                .database()
                .useTransaction(
                        h ->
                                seed.engine()
                                        .workers()
                                        .recordHealth(
                                                h,
                                                seed.space(),
                                                sick.id(),
                                                new MachineHealth(
                                                        HealthStatus.UNAVAILABLE,
                                                        "Connection refused.",
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null)));
        Project project = seed.project("Sick pool");
        seed.process(project, DeploymentStep.of(serverScript("Hello", "echo hello from engine")));

        Deployment deployment = seed.deploy(seed.release(project, "1.0.0"), seed.dev());
        ServerTask task = seed.await(deployment);

        assertThat(task.state()).isEqualTo(TaskState.FAILED);
        assertThat(task.errorMessage())
                .contains(
                        "runs on worker pool Default Worker Pool, whose enabled workers the last"
                                + " health check found Unhealthy or Unavailable");
        assertThat(seed.rawLog(deployment)).doesNotContain("hello from engine");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withoutWorkersAndWithoutTheBuiltInWorkerTheDeploymentFailsSayingWhatToDo(DatabaseKind kind)
            throws Exception {
        Path data = Files.createDirectories(dir.resolve("no-built-in-" + kind));
        try (Engine engine =
                Engine.open(
                        EngineSettings.defaults(data)
                                .withDatabase(kind.newSettings())
                                .withNodeName("no-built-in")
                                .withRunOnServer(false))) {
            engine.start();
            Seed seed = ExecutionTesting.seed(engine);
            Account account = account(seed);
            WorkerPool empty =
                    engine.workerPools().create(ALICE, seed.space(), WorkerPool.named("Empty"));
            Worker off = worker(seed, account, "off-1", empty.id());
            engine.workers().modify(ALICE, seed.space(), off.id(), off.withDisabled(true));

            Project defaults = seed.project("Needs a worker");
            seed.process(defaults, DeploymentStep.of(serverScript("Hello", "echo hello")));
            Deployment first = seed.deploy(seed.release(defaults, "1.0.0"), seed.dev());
            ServerTask failed = seed.await(first);
            assertThat(failed.state()).isEqualTo(TaskState.FAILED);
            assertThat(failed.errorMessage())
                    .contains("running steps on the server is turned off for this engine")
                    .contains("default worker pool (Default Worker Pool) has no workers")
                    .contains("add a worker to the default worker pool")
                    .contains("turn on the built-in worker");

            Project named = seed.project("Empty pool");
            seed.process(
                    named,
                    DeploymentStep.of(
                            serverScript("Hello", "echo hello").withWorkerPoolId(empty.id())));
            ServerTask emptyPool =
                    seed.await(seed.deploy(seed.release(named, "1.0.0"), seed.dev()));
            assertThat(emptyPool.state()).isEqualTo(TaskState.FAILED);
            assertThat(emptyPool.errorMessage())
                    .contains("runs on worker pool Empty, which has no enabled workers");

            // once the default pool has a worker, the same release deploys
            Path root = Files.createDirectories(dir.resolve("late-root-" + kind));
            Worker late = worker(seed, account, "late-1", defaultPool(seed).id());
            assertThat(late.isDisabled()).isFalse();
            Project fixed = seed.project("Has a worker");
            seed.variables(fixed, Variable.of(WorkerPlanner.ROOT_DIRECTORY, root.toString()));
            seed.process(fixed, DeploymentStep.of(serverScript("Hello", "echo hello from late")));
            Deployment ok = seed.deploy(seed.release(fixed, "1.0.0"), seed.dev());
            assertThat(seed.await(ok).state()).as(seed.rawLog(ok)).isEqualTo(TaskState.SUCCESS);
            assertThat(seed.rawLog(ok)).contains("hello from late");
        }
    }

    private static Map<String, String> withProperty(
            DeploymentAction action, String name, String value) {
        Map<String, String> properties = new LinkedHashMap<>(action.properties());
        properties.put(name, value);
        return properties;
    }
}
