package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.deployment.Deployment;
import io.jenkins.plugins.freight.engine.execution.ExecutionTesting.Seed;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.task.TaskState;
import io.jenkins.plugins.freight.engine.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-engine deployment benchmarks on one node with the default settings (task cap 5):
 *
 * <ul>
 *   <li>no-op deployments per minute: N deployments of releases with an empty process (spread over
 *       20 projects and 3 environments, since one project deploys to one environment at a time) are
 *       queued, then the node starts; timed until the last one finished;
 *   <li>a one-step deployment ({@code echo hello} on the server) end to end, created and awaited
 *       one after another, against {@code bash -c 'echo hello'};
 *   <li>completion-to-notification latency: from the deployment task's stored completion time to
 *       the moment the waiter in {@code awaitCompletion} wakes.
 * </ul>
 *
 * <pre>
 * ./mvnw -q -B -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.jenkins.plugins.freight.engine.execution.DeploymentThroughputBenchmark \
 *     -Dexec.args="h2 500 30"
 * </pre>
 */
public final class DeploymentThroughputBenchmark {

    private DeploymentThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dir = Files.createTempDirectory("freight-deploy-bench");
        DatabaseSettings database =
                kind.equals("postgresql")
                        ? TestDatabases.postgresSettings()
                        : DatabaseSettings.h2File(dir.resolve("db"));
        try (Engine engine =
                Engine.open(
                        EngineSettings.defaults(dir.resolve("data"))
                                .withDatabase(database)
                                .withNodeName("bench"))) {
            Seed seed = ExecutionTesting.seed(engine);
            System.out.printf("database: %s%n", database.dialect());
            noOps(seed, count);
            oneStep(seed, samples);
        }
        System.exit(0);
    }

    private static void noOps(Seed seed, int count) {
        List<Release> releases = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            Project project = seed.project("Noop " + p);
            releases.add(seed.release(project, "1.0.0"));
        }
        var environments = List.of(seed.dev(), seed.test(), seed.prod());
        List<Deployment> queued = new ArrayList<>();
        long q0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            queued.add(seed.deploy(releases.get(i % 20), environments.get((i / 20) % 3)));
        }
        long queuing = System.nanoTime() - q0;
        long t0 = System.nanoTime();
        seed.engine().start();
        for (Deployment d : queued) {
            ServerTask task = seed.await(d);
            if (task.state() != TaskState.SUCCESS) {
                throw new IllegalStateException(d.id() + " ended " + task.state());
            }
        }
        long elapsed = System.nanoTime() - t0;
        System.out.printf(
                "no-op deployments: %d queued in %.1f s (%.1f ms each), run in %.1f s: %.0f per"
                        + " minute%n",
                count, queuing / 1e9, queuing / 1e6 / count, elapsed / 1e9, count * 60e9 / elapsed);
    }

    private static void oneStep(Seed seed, int samples) throws Exception {
        Project project = seed.project("Hello");
        seed.process(project, ScriptDeploymentTest.script("Hello", "echo hello"));
        Release release = seed.release(project, "1.0.0");
        long[] direct = new long[samples];
        long[] deployed = new long[samples];
        long[] notified = new long[samples];
        for (int i = -3; i < samples; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("bash", "-c", "echo hello").start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            long t1 = System.nanoTime();
            Deployment d = seed.deploy(release, seed.test());
            ServerTask task =
                    seed.engine()
                            .tasks()
                            .awaitCompletion(Caller.system(), d.taskId(), Duration.ofSeconds(60));
            Instant woke = Instant.now();
            long t2 = System.nanoTime();
            if (task.state() != TaskState.SUCCESS) {
                throw new IllegalStateException(d.id() + " ended " + task.state());
            }
            if (i >= 0) {
                direct[i] = t1 - t0;
                deployed[i] = t2 - t1;
                notified[i] = Duration.between(task.completedTime(), woke).toNanos();
            }
        }
        System.out.printf(
                "bash -c 'echo hello':                     median %.1f ms, p90 %.1f ms%n",
                ms(direct, 50), ms(direct, 90));
        System.out.printf(
                "one-step deployment, create to completed: median %.1f ms, p90 %.1f ms%n",
                ms(deployed, 50), ms(deployed, 90));
        System.out.printf(
                "completion to notification:               median %.1f ms, p90 %.1f ms%n",
                ms(notified, 50), ms(notified, 90));
    }

    private static double ms(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index =
                Math.min(
                        sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
