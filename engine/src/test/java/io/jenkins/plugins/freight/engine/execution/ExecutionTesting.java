package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.CreateDeploymentRequest;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.Phase;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.process.DeploymentStep;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.CreateReleaseRequest;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.ModelTesting;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.log.ActivityElement;
import io.jenkins.plugins.freight.engine.task.log.LogElement;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Deployment execution tests run on started engines ({@link Engines}) and work in a space of their
 * own with environments Dev, Test and Prod in one lifecycle phase.
 */
final class ExecutionTesting {

    static final Caller ALICE = ModelTesting.ALICE;

    private ExecutionTesting() {}

    /**
     * The started engines of one test class, one per database kind (its own data directory and
     * database, steps allowed on the server), closed after the class's tests.
     */
    static final class Engines implements AfterAllCallback {

        private final Map<DatabaseKind, Engine> engines = new EnumMap<>(DatabaseKind.class);

        synchronized Engine engine(DatabaseKind kind) {
            return engines.computeIfAbsent(
                    kind,
                    k -> {
                        try {
                            Path dir = Files.createTempDirectory("freight-execution-test");
                            Engine engine =
                                    Engine.open(
                                            EngineSettings.defaults(dir)
                                                    .withDatabase(k.newSettings())
                                                    .withNodeName("execution-test-" + k)
                                                    .withTaskCap(4));
                            engine.start();
                            return engine;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }

        /** A seeded space in this class's engine of that kind. */
        Seed seed(DatabaseKind kind) {
            return ExecutionTesting.seed(engine(kind));
        }

        @Override
        public synchronized void afterAll(ExtensionContext context) {
            engines.values().forEach(Engine::close);
            engines.clear();
        }
    }

    /** A space with Dev, Test and Prod and a one-phase lifecycle that allows any of them. */
    record Seed(
            Engine engine,
            String space,
            Environment dev,
            Environment test,
            Environment prod,
            Lifecycle lifecycle) {

        /** A project on the seed's lifecycle, with an (empty) variable set. */
        Project project(String name) {
            Project project =
                    engine.projects()
                            .create(
                                    ALICE,
                                    space,
                                    Project.builder(name).lifecycleId(lifecycle.id()).build());
            engine.database()
                    .useTransaction(h -> engine.variables().createSet(h, space, project.id()));
            return project;
        }

        void process(Project project, DeploymentStep... steps) {
            DeploymentProcess current =
                    engine.processes().getForProject(ALICE, space, project.id());
            engine.processes()
                    .modify(
                            ALICE,
                            space,
                            project.id(),
                            DeploymentProcess.edit(current.version(), List.of(steps)));
        }

        void variables(Project project, Variable... variables) {
            VariableSet set = engine.variables().getForOwner(ALICE, project.id());
            engine.variables().modify(ALICE, set.withVariables(List.of(variables)));
        }

        void push(String fileName, byte[] content) {
            engine.feed()
                    .push(
                            ALICE,
                            space,
                            fileName,
                            new ByteArrayInputStream(content),
                            OverwriteMode.FAIL_IF_EXISTS);
        }

        Release release(Project project, String version) {
            return engine.releases()
                    .create(
                            ALICE,
                            space,
                            CreateReleaseRequest.of(project.id()).withVersion(version));
        }

        Deployment deploy(Release release, Environment environment) {
            return engine.deployments()
                    .create(
                            ALICE,
                            space,
                            CreateDeploymentRequest.release(release.id(), environment.name()))
                    .get(0);
        }

        /** Waits for the task to finish and returns it. */
        ServerTask await(Deployment deployment) {
            ServerTask task =
                    engine.tasks()
                            .awaitCompletion(
                                    Caller.system(), deployment.taskId(), Duration.ofSeconds(60));
            if (!task.isCompleted()) {
                throw new AssertionError(
                        "Task " + task.id() + " did not finish in time: " + task.state());
            }
            return task;
        }

        String rawLog(Deployment deployment) {
            return engine.tasks().rawLog(Caller.system(), deployment.taskId());
        }

        /** Every block name and line of the activity tree, verbose lines included. */
        List<String> activity(Deployment deployment) {
            List<String> out = new ArrayList<>();
            for (ActivityElement e :
                    engine.tasks()
                            .details(Caller.system(), deployment.taskId(), true, null)
                            .activityLogs()) {
                collect(e, "", out);
            }
            return out;
        }

        private static void collect(ActivityElement e, String indent, List<String> out) {
            out.add(indent + "[" + e.name() + "] " + e.status());
            for (LogElement line : e.logElements()) {
                out.add(indent + "  " + line.category() + " " + line.messageText());
            }
            for (ActivityElement child : e.children()) {
                collect(child, indent + "  ", out);
            }
        }
    }

    static Seed seed(Engine engine) {
        // the tests act as ALICE: an administrator under the permission model
        io.jenkins.plugins.freight.engine.security.SecurityTesting.administrator(engine, ALICE);
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
                                        "Anywhere",
                                        Phase.manual("All", dev.id(), test.id(), prod.id())));
        return new Seed(engine, space, dev, test, prod, lifecycle);
    }

    /** A zip archive of the given files (path → content). */
    static byte[] zip(Map<String, String> files) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
