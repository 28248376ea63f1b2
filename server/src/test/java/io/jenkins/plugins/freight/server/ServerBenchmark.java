package io.jenkins.plugins.freight.server;

import io.jenkins.plugins.freight.engine.task.ServerTask;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The server's load benchmark (results in {@code docs/performance.md}): task polling as the
 * TypeScript waiter does it ({@code GET /api/Spaces-1/tasks?skip=0&take=300&ids=…}) at a fixed rate
 * from a second process, then a 1 GiB package upload with the server's heap measured.
 *
 * <p>Arguments: {@code [rate per second, default 1000] [seconds, default 30] [upload MiB, default
 * 1024; 0 skips the upload]}. It prints the poll's latency percentiles, the CPU time the server and
 * the client each spent per request (less sensitive to other load on the machine than latency), and
 * the load average. With {@code -DserveSeconds=N} it only serves the poll URL for N seconds, for
 * {@code wrk} or a profiler.
 */
public final class ServerBenchmark {

    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long mebibytes = args.length > 2 ? Long.parseLong(args[2]) : 1024;
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            TestHandlers.register(server.engine());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ServerTask task = TestHandlers.enqueue(server.engine(), "Test.Echo", "Spaces-1");
                ids.add(task.id());
            }
            for (String id : ids) {
                server.get("/api/tasks/" + id + "/follow?timeout=30&after=999999");
            }
            String url =
                    server.base()
                            + "/api/Spaces-1/tasks?skip=0&take=300&ids="
                            + String.join(",", ids);
            if (System.getProperty("serveSeconds") != null) {
                System.out.println("SERVING " + url + " " + TestServer.ADMIN_KEY);
                Thread.sleep(Long.parseLong(System.getProperty("serveSeconds")) * 1000);
                System.exit(0);
            }
            // warm up the server's code paths (the JIT compiler's work is not the answers' cost),
            // settle at the rate, then measure
            System.out.println(child("warm", url, TestServer.ADMIN_KEY, "20"));
            child("poll", url, TestServer.ADMIN_KEY, Integer.toString(rate), "5");
            double loadBefore = loadAverage();
            long cpuBefore = processCpuNanos();
            String poll =
                    child(
                            "poll",
                            url,
                            TestServer.ADMIN_KEY,
                            Integer.toString(rate),
                            Integer.toString(seconds));
            long serverCpu = processCpuNanos() - cpuBefore;
            System.out.println(poll);
            System.out.printf(
                    "server cpu/request=%.3fms load-average=%.1f..%.1f cores=%d%n",
                    serverCpu / 1e6 / ((long) rate * seconds),
                    loadBefore,
                    loadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (mebibytes <= 0) {
                System.exit(0);
            }

            long baseline = heapAfterGc();
            resetPeaks();
            String upload =
                    child(
                            "upload",
                            server.base() + "/api/Spaces-1/packages/raw",
                            TestServer.ADMIN_KEY,
                            Long.toString(mebibytes));
            long peak = peakHeap();
            long after = heapAfterGc();
            System.out.println(upload);
            System.out.printf(
                    "heap baseline=%dMiB peak-during-upload=%dMiB growth-at-peak=%dMiB"
                            + " retained-after=%dMiB max-heap=%dMiB%n",
                    baseline >> 20,
                    peak >> 20,
                    (peak - baseline) >> 20,
                    (after - baseline) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        System.exit(0);
    }

    /** Runs {@link LoadClient} in a new JVM on this classpath and returns its output. */
    private static String child(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(classPath());
        command.add(LoadClient.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String output = out.lines().collect(Collectors.joining("\n"));
            process.waitFor();
            return output;
        }
    }

    /** This program's class path, also when run by exec:java in a class loader of its own. */
    private static String classPath() {
        if (ServerBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(java.nio.file.Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** CPU time of this JVM (the server; the load client runs in its own process). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
