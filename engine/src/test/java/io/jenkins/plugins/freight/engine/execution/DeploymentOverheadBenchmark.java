package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.target.LocalHostTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Engine overhead of a one-step deployment versus running the same script directly. Runs {@code
 * echo hello} N times with {@code bash -c} and N times as a one-step deployment (Octopus.Script on
 * the engine host: bootstrap, variables file, service-message parsing, masking, checkpoints, log
 * blocks) and prints the median and 90th percentile of each.
 *
 * <pre>
 * ./mvnw -q -B -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.jenkins.plugins.freight.engine.execution.DeploymentOverheadBenchmark \
 *     -Dexec.args=50
 * </pre>
 */
public final class DeploymentOverheadBenchmark {

    private DeploymentOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("freight-bench");
        LocalHostTarget target = new LocalHostTarget("Machines-1", "bench", dir.resolve("target"));
        PlannedAction action =
                PlannedAction.of(
                        "Hello",
                        "Octopus.Script",
                        Map.of("Octopus.Action.Script.ScriptBody", "echo hello"));
        ExecutionPlan plan =
                new ExecutionPlan(
                        "Deployments-1",
                        "Environments-1",
                        null,
                        List.of(PlannedStep.of(action, "web")),
                        List.of(new TargetBinding(target, Set.of("web"))),
                        Map.of("Octopus.Environment.Name", "Bench", "Secret", "bench-secret-value"),
                        Set.of("bench-secret-value"),
                        Set.of(),
                        false,
                        true);
        for (int warm = 0; warm < 5; warm++) {
            direct();
            deploy(plan, dir);
        }
        long[] direct = new long[n];
        long[] deployed = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            direct();
            direct[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            deploy(plan, dir);
            deployed[i] = System.nanoTime() - t0;
        }
        System.out.printf("runs=%d%n", n);
        System.out.printf(
                "direct bash -c:        median %.1f ms, p90 %.1f ms%n",
                ms(direct, 50), ms(direct, 90));
        System.out.printf(
                "one-step deployment:   median %.1f ms, p90 %.1f ms%n",
                ms(deployed, 50), ms(deployed, 90));
        System.out.printf("overhead (median):     %.1f ms%n", ms(deployed, 50) - ms(direct, 50));
    }

    private static void direct() throws Exception {
        Process p =
                new ProcessBuilder("bash", "-c", "echo hello").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bash failed");
        }
    }

    private static void deploy(ExecutionPlan plan, Path dir) throws Exception {
        InMemoryPorts memory = new InMemoryPorts();
        RunResult result =
                new DeploymentRunner()
                        .run(
                                plan,
                                memory.ports(
                                        dir.resolve("scratch"),
                                        Optional.empty(),
                                        Optional.empty()));
        if (!result.status().isSuccessful()) {
            throw new IllegalStateException(result.message() + "\n" + memory.log());
        }
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index =
                Math.min(
                        sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
