package io.jenkins.plugins.freight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How long after a deployment's task completes does a waiter return? Measured in one run, on the
 * same tasks, for {@code freight await} (in-process, against the real server on loopback) and for
 * the official {@code @octopusdeploy/api-client} {@code ServerTaskWaiter} (Node.js, unchanged) at
 * 10 s, the default poll interval of Octopus's own await-task action and CLI, and at 1 s, the
 * interval the package's own tests use. Each round deploys three projects whose script sleeps a
 * random 3 to 6 s, starts all waiters while the tasks run, and takes each waiter's return time
 * minus the task's {@code CompletedTime} as the server recorded it (same machine, same clock).
 *
 * <p>Run with {@code ./mvnw -q -B -pl cli -am test-compile -Pawait-benchmark -Dexec.args=8} (see
 * docs/performance.md); the argument is the number of rounds (default 8). Needs Node.js and npm on
 * the PATH; installs the client into {@code target/ts-waiter} once.
 */
public final class AwaitLatencyBenchmark {

    static final String CLIENT_VERSION = "3.11.0";

    private static final Path CLIENT_DIR = Path.of("target", "ts-waiter").toAbsolutePath();
    private static final List<String> PROJECTS = List.of("Latency A", "Latency B", "Latency C");
    private static final String SLEEP_A_WHILE =
            "echo \"working\"\nsleep $((3 + RANDOM % 3)).$((RANDOM % 10))\necho \"done\"\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One waiter kind: a name and the latencies it showed, in milliseconds. */
    private record Series(String name, List<Long> latencies) {}

    private AwaitLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        installClient();
        double loadBefore = load();
        Path dataDir = Files.createTempDirectory("freight-await-benchmark");
        Series freight = new Series("freight await (live following)", new ArrayList<>());
        Series ts10 = new Series("api-client ServerTaskWaiter, 10 s interval", new ArrayList<>());
        Series ts1 = new Series("api-client ServerTaskWaiter, 1 s interval", new ArrayList<>());
        try (LoopbackServer server = LoopbackServer.start(dataDir)) {
            PipelineSpace.create(server);
            for (String project : PROJECTS) {
                PipelineSpace.scriptProject(server, project, "Work", SLEEP_A_WHILE);
            }
            CliRunner cli =
                    new CliRunner(
                            Map.of(
                                    "FREIGHT_URL",
                                    server.url(),
                                    "FREIGHT_API_KEY",
                                    LoopbackServer.ADMIN_KEY),
                            dataDir);
            for (int round = 1; round <= rounds; round++) {
                round(server, cli, round + ".0.0", freight, ts10, ts1);
                System.out.printf(
                        Locale.ROOT,
                        "round %d/%d done (load average %.1f)%n",
                        round,
                        rounds,
                        load());
            }
        }
        double loadAfter = load();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%d tasks; load average %.1f before, %.1f after, on %d cores%n%n",
                freight.latencies().size(),
                loadBefore,
                loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| waiter | median | p90 | max | median ÷ freight await's |");
        System.out.println("|---|---|---|---|---|");
        long base = percentile(freight.latencies(), 50);
        for (Series series : List.of(freight, ts1, ts10)) {
            long median = percentile(series.latencies(), 50);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s |%n",
                    series.name(),
                    millis(median),
                    millis(percentile(series.latencies(), 90)),
                    millis(Collections.max(series.latencies())),
                    series == freight
                            ? "1×"
                            : String.format(Locale.ROOT, "%,.0f×", ratio(median, base)));
        }
    }

    /** Deploys every project once and measures every waiter on those tasks. */
    private static void round(
            LoopbackServer server,
            CliRunner cli,
            String version,
            Series freight,
            Series ts10,
            Series ts1)
            throws Exception {
        List<String> tasks = new ArrayList<>();
        for (String project : PROJECTS) {
            check(cli.run("create-release", "--project", project, "--version", version));
            CliRunner.Run deploy =
                    check(
                            cli.run(
                                    "deploy",
                                    "--project",
                                    project,
                                    "--version",
                                    version,
                                    "-e",
                                    "Dev",
                                    "-o",
                                    "json"));
            tasks.add(JSON.readTree(deploy.out()).findValue("taskId").asText());
        }
        long started = System.currentTimeMillis();
        NodeWaiter slow = NodeWaiter.start(server, 10_000, tasks);
        NodeWaiter fast = NodeWaiter.start(server, 1_000, tasks);
        slow.awaitReady();
        fast.awaitReady();
        Map<String, Long> freightReturned = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<?>> waits = new ArrayList<>();
        for (String task : tasks) {
            waits.add(
                    pool.submit(
                            () -> {
                                check(cli.run("await", task, "--quiet"));
                                freightReturned.put(task, System.currentTimeMillis());
                                return null;
                            }));
        }
        for (Future<?> wait : waits) {
            wait.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Map<String, Long> slowReturned = slow.finish();
        Map<String, Long> fastReturned = fast.finish();
        for (String task : tasks) {
            long completed =
                    OffsetDateTime.parse(
                                    server.get("/api/tasks/" + task).get("CompletedTime").asText())
                            .toInstant()
                            .toEpochMilli();
            if (completed < started + 1_000) {
                throw new IllegalStateException(
                        task
                                + " completed before every waiter was waiting; make the script longer");
            }
            freight.latencies().add(freightReturned.get(task) - completed);
            ts10.latencies().add(slowReturned.get(task) - completed);
            ts1.latencies().add(fastReturned.get(task) - completed);
        }
    }

    private static CliRunner.Run check(CliRunner.Run run) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException("freight exited " + run.exitCode() + ": " + run.all());
        }
        return run;
    }

    /** {@code node await-benchmark.js INTERVAL TASKS}: the official waiter, one wait per task. */
    private static final class NodeWaiter {
        private final Process process;
        private final Map<String, Long> returned = new ConcurrentHashMap<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final StringBuilder output = new StringBuilder();
        private final Thread reader;

        private NodeWaiter(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "node-waiter-output");
            reader.start();
        }

        static NodeWaiter start(LoopbackServer server, int intervalMillis, List<String> tasks)
                throws IOException {
            ProcessBuilder builder =
                    new ProcessBuilder(
                                    "node",
                                    "await-benchmark.js",
                                    String.valueOf(intervalMillis),
                                    String.join(",", tasks))
                            .directory(CLIENT_DIR.toFile())
                            .redirectErrorStream(true);
            builder.environment().put("FREIGHT_URL", server.url());
            builder.environment().put("FREIGHT_API_KEY", LoopbackServer.ADMIN_KEY);
            return new NodeWaiter(builder.start());
        }

        private void read() {
            try (BufferedReader lines =
                    new BufferedReader(
                            new InputStreamReader(
                                    process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("RETURNED ")) {
                        String[] parts = line.split(" ");
                        returned.put(parts[1], Long.parseLong(parts[2]));
                    }
                }
            } catch (IOException e) {
                synchronized (output) {
                    output.append(e).append('\n');
                }
            }
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The Node waiter did not start: " + output());
            }
        }

        Map<String, Long> finish() throws InterruptedException {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            reader.join(10_000);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The Node waiter failed: " + output());
            }
            return returned;
        }

        private String output() {
            synchronized (output) {
                return output.toString();
            }
        }
    }

    /** {@code npm install} of the pinned client into {@code target/ts-waiter}, once. */
    private static void installClient() throws Exception {
        Files.createDirectories(CLIENT_DIR);
        try (InputStream script =
                AwaitLatencyBenchmark.class.getResourceAsStream("/ts-waiter/await-benchmark.js")) {
            Files.write(CLIENT_DIR.resolve("await-benchmark.js"), script.readAllBytes());
        }
        if (Files.isDirectory(CLIENT_DIR.resolve("node_modules/@octopusdeploy/api-client/dist"))) {
            return;
        }
        Files.writeString(
                CLIENT_DIR.resolve("package.json"),
                "{\"name\":\"freight-await-benchmark\",\"private\":true}\n");
        Process install =
                new ProcessBuilder(
                                "npm",
                                "install",
                                "--no-audit",
                                "--no-fund",
                                "--loglevel=error",
                                "@octopusdeploy/api-client@" + CLIENT_VERSION)
                        .directory(CLIENT_DIR.toFile())
                        .inheritIO()
                        .start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("npm install @octopusdeploy/api-client failed");
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ratio(long value, long base) {
        return (double) value / Math.max(1, base);
    }

    private static String millis(long value) {
        return value >= 1000 ? String.format(Locale.ROOT, "%.2f s", value / 1000.0) : value + " ms";
    }
}
