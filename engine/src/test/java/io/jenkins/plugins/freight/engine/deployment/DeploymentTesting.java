package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskContext;
import io.jenkins.plugins.freight.engine.task.TaskHandler;
import io.jenkins.plugins.freight.engine.task.TaskOutcome;
import io.jenkins.plugins.freight.engine.task.TaskService;
import io.jenkins.plugins.freight.engine.task.TaskSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Deployment tests share one engine per database kind, on its own database, with a started task
 * service whose {@code Deploy} handler does no real work: it succeeds, unless the test named the
 * environment as failing, and it can be held at a gate. Each test works in a space of its own.
 */
final class DeploymentTesting {

    static final Caller ALICE = ModelTesting.ALICE;

    /** The engine's parts a deployment test uses. */
    record Parts(
            Engine engine,
            FeedService feed,
            VariableService variables,
            ReleaseService releases,
            TaskService tasks,
            DeploymentService deployments,
            DeployHandler handler) {}

    private static final Map<DatabaseKind, Parts> SHARED = new EnumMap<>(DatabaseKind.class);

    private DeploymentTesting() {}

    static synchronized Parts parts(DatabaseKind kind) {
        return SHARED.computeIfAbsent(kind, DeploymentTesting::build);
    }

    private static Parts build(DatabaseKind kind) {
        try {
            Path dir = Files.createTempDirectory("freight-deployment-test");
            EngineSettings settings = EngineSettings.defaults(dir).withDatabase(kind.newSettings());
            Engine engine = Engine.open(settings);
            // the tests act as ALICE: an administrator under the permission model
            io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(engine, ALICE);
            Clock clock = Clock.systemUTC();
            FeedService feed = engine.feed();
            SecretCipher cipher = SecretCipher.inDataDir(dir);
            VariableService variables =
                    new VariableService(engine.database(), engine.accessPolicy(), cipher);
            ReleaseService releases =
                    new ReleaseService(
                            engine.database(),
                            engine.accessPolicy(),
                            clock,
                            engine.projects(),
                            engine.channels(),
                            engine.processes(),
                            feed,
                            engine.buildInformation(),
                            variables,
                            engine.auditLog());
            TaskService tasks =
                    new TaskService(
                            engine.database(),
                            engine.accessPolicy(),
                            TaskSettings.from(settings)
                                    .withNodeName("deployment-test-" + kind)
                                    .withTaskCap(4));
            DeploymentService deployments =
                    new DeploymentService(
                            engine.database(),
                            engine.accessPolicy(),
                            clock,
                            releases,
                            engine.projects(),
                            engine.channels(),
                            engine.lifecycles(),
                            engine.environments(),
                            engine.tenants(),
                            engine.machines(),
                            engine.processes(),
                            tasks,
                            variables,
                            cipher);
            AutomaticDeployments automatic =
                    new AutomaticDeployments(
                            engine.database(),
                            deployments,
                            releases,
                            engine.projects(),
                            engine.channels(),
                            engine.tenants());
            releases.addListener(automatic);
            tasks.addCompletionListener(automatic);
            DeployHandler handler = new DeployHandler();
            tasks.register(handler);
            tasks.start();
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        tasks.stop();
                                        engine.close();
                                    }));
            return new Parts(engine, feed, variables, releases, tasks, deployments, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Deploy handler for tests: fails in the failing environments, waits at closed gates. */
    static final class DeployHandler implements TaskHandler {

        final Set<String> failingEnvironments = ConcurrentHashMap.newKeySet();
        final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
        final Set<String> running = ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return DeploymentService.DEPLOY_TASK;
        }

        @Override
        public TaskOutcome execute(TaskContext context) throws Exception {
            String env = context.task().environmentId();
            running.add(context.taskId());
            try {
                CountDownLatch gate = gates.get(env);
                if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
                    return TaskOutcome.failed("The test gate stayed closed.");
                }
                return failingEnvironments.contains(env)
                        ? TaskOutcome.failed("Failed on purpose")
                        : TaskOutcome.success();
            } finally {
                running.remove(context.taskId());
            }
        }
    }

    /** A space with environments Dev, Test, Prod and the seed's lifecycle (Dev optional). */
    record Seed(
            String space,
            Environment dev,
            Environment test,
            Environment prod,
            Lifecycle lifecycle) {}

    static Seed seed(Engine engine, boolean devAutomatic) {
        String space = ModelTesting.newSpace(engine);
        Environment dev = engine.environments().create(ALICE, space, Environment.named("Dev"));
        Environment test = engine.environments().create(ALICE, space, Environment.named("Test"));
        Environment prod = engine.environments().create(ALICE, space, Environment.named("Prod"));
        Lifecycle lifecycle =
                engine.lifecycles()
                        .create(
                                ALICE,
                                space,
                                Lifecycle.of(
                                        "Dev, Test, and Prod",
                                        (devAutomatic
                                                        ? Phase.automatic("Dev", dev.id())
                                                        : Phase.manual("Dev", dev.id()))
                                                .asOptional(),
                                        Phase.manual("Test", test.id()),
                                        Phase.manual("Prod", prod.id())));
        return new Seed(space, dev, test, prod, lifecycle);
    }

    static Project project(Engine engine, String space, String name, String lifecycleId) {
        return engine.projects()
                .create(ALICE, space, Project.builder(name).lifecycleId(lifecycleId).build());
    }

    /** Waits for the task to finish and returns it. */
    static ServerTask await(Parts parts, String taskId) {
        ServerTask task =
                parts.tasks().awaitCompletion(Caller.system(), taskId, Duration.ofSeconds(30));
        if (!task.isCompleted()) {
            throw new AssertionError("Task " + taskId + " did not finish in time: " + task.state());
        }
        return task;
    }
}
