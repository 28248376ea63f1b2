package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Feed benchmark (not part of the test run). Measures:
 *
 * <ol>
 *   <li>ingest of one large package through {@link FeedService#push} against a plain copy of the
 *       same file on the same disk ({@code Files.copy} plus fsync), median of several rounds;
 *   <li>heap growth during ingest (sampled) and bytes allocated by the ingesting thread;
 *   <li>latency of "newest version within a range matching a pre-release pattern" with 10,000
 *       versions of one package.
 * </ol>
 *
 * <p>Run (see docs/performance.md): {@code ./mvnw -q -B -pl engine test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-Xmx256m -cp %classpath
 * io.jenkins.plugins.freight.engine.feed.FeedIngestBenchmark 1024 3"} — arguments: package size in
 * MiB (default 1024), rounds (default 3), directory (default: the system temporary directory).
 */
public final class FeedIngestBenchmark {

    private static final long MIB = 1024 * 1024;

    private FeedIngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        long sizeMib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path base =
                Files.createTempDirectory(
                        args.length > 2
                                ? Path.of(args[2])
                                : Path.of(System.getProperty("java.io.tmpdir")),
                        "freight-bench-");
        try {
            run(base, sizeMib, rounds);
        } finally {
            deleteTree(base);
        }
    }

    private static void run(Path base, long sizeMib, int rounds) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, Java %s, max heap %d MiB, load average at start %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / MIB,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path source = base.resolve("source.zip");
        writeSource(source, sizeMib);
        readThrough(source); // both contenders start from a source in the page cache

        List<Double> copies = new ArrayList<>();
        List<Double> ingests = new ArrayList<>();
        long peakGrowth = 0;
        long allocated = 0;
        copy(source, base.resolve("warm-up.copy"));
        COPY_CPU.clear();
        for (int round = 0; round < rounds; round++) {
            copies.add(copy(source, base.resolve("copy-" + round)));
            IngestRun ingest = ingest(source, base.resolve("feed-" + round));
            ingests.add(ingest.seconds);
            peakGrowth = Math.max(peakGrowth, ingest.peakHeapGrowth);
            allocated = Math.max(allocated, ingest.threadAllocated);
        }
        double copy = median(copies);
        double in = median(ingests);
        System.out.printf(Locale.ROOT, "package size: %d MiB, rounds: %d%n", sizeMib, rounds);
        System.out.printf(
                Locale.ROOT,
                "plain copy (Files.copy + fsync): median %.2f s = %.0f MiB/s, best %.2f s %s%n",
                copy,
                sizeMib / copy,
                Collections.min(copies),
                copies);
        System.out.printf(
                Locale.ROOT,
                "feed ingest (push: SHA-1 + SHA-256 + fsync + rename + row): median %.2f s ="
                        + " %.0f MiB/s, best %.2f s %s%n",
                in,
                sizeMib / in,
                Collections.min(ingests),
                ingests);
        System.out.printf(
                Locale.ROOT,
                "ratio ingest/copy: median %.2f, best %.2f%n",
                in / copy,
                Collections.min(ingests) / Collections.min(copies));
        System.out.printf(
                Locale.ROOT,
                "CPU time (process): copy median %.2f s, ingest median %.2f s; load average at"
                        + " end %.1f%n",
                median(COPY_CPU),
                median(INGEST_CPU),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT,
                "heap: peak growth during ingest %.1f MiB; allocated by the ingesting thread"
                        + " %.1f MiB%n",
                peakGrowth / (double) MIB,
                allocated / (double) MIB);
        parts(source, base, rounds);
        versionsQuery(base.resolve("query"));
    }

    private static void writeSource(Path source, long sizeMib) throws IOException {
        byte[] block = new byte[(int) MIB];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(source)) {
            for (long i = 0; i < sizeMib; i++) {
                block[(int) (i % block.length)] ^= 1; // no two blocks alike
                out.write(block);
            }
        }
    }

    private static void readThrough(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static double copy(Path source, Path target) throws IOException {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        Files.copy(source, target);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        COPY_CPU.add((processCpuNanos() - cpu) / 1e9);
        Files.delete(target);
        return seconds;
    }

    private record IngestRun(double seconds, long peakHeapGrowth, long threadAllocated) {}

    private static IngestRun ingest(Path source, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        try (Database database = Database.open(DatabaseSettings.h2File(dataDir))) {
            FeedService feed = open(database, dataDir);
            System.gc();
            long baseline = usedHeap();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = sampler(peak);
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(source)) {
                feed.push(Caller.system(), "Spaces-1", "Bench.Package.1.0.0.zip", in, null);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            INGEST_CPU.add((processCpuNanos() - cpu) / 1e9);
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            sampler.interrupt();
            sampler.join();
            return new IngestRun(seconds, peak.get() - baseline, allocated);
        } finally {
            deleteTree(dataDir);
        }
    }

    /**
     * Each part of ingest alone over the same file, median wall and CPU time: reading with SHA-1,
     * reading with SHA-256, and reading plus writing with fsync in the same 1 MiB buffers. Their
     * CPU times added up and halved is what ingest cannot beat on two cores.
     */
    private static void parts(Path source, Path base, int rounds) throws Exception {
        double cpuSum = 0;
        for (String part : List.of("SHA-1", "SHA-256", "write + fsync")) {
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                if (part.startsWith("SHA")) {
                    hashAlone(source, part);
                } else {
                    writeAlone(source, base.resolve("write-" + round));
                }
                wall.add((System.nanoTime() - start) / 1e9);
                cpu.add((processCpuNanos() - cpuStart) / 1e9);
            }
            cpuSum += median(cpu);
            System.out.printf(
                    Locale.ROOT,
                    "part alone, %s (read included): median %.2f s wall, %.2f s CPU%n",
                    part,
                    median(wall),
                    median(cpu));
        }
        System.out.printf(
                Locale.ROOT,
                "parts' CPU added up: %.2f s; spread over 2 cores at best %.2f s%n",
                cpuSum,
                cpuSum / 2);
    }

    private static void hashAlone(Path source, String algorithm) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance(algorithm);
        byte[] buffer = new byte[Upload.BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(source)) {
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        digest.digest();
    }

    private static void writeAlone(Path source, Path target) throws IOException {
        byte[] buffer = new byte[Upload.BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(source);
                FileChannel out =
                        FileChannel.open(
                                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                java.nio.ByteBuffer wrapped = java.nio.ByteBuffer.wrap(buffer, 0, n);
                while (wrapped.hasRemaining()) {
                    out.write(wrapped);
                }
            }
            out.force(true);
        }
        Files.delete(target);
    }

    private static final List<Double> COPY_CPU = new ArrayList<>();
    private static final List<Double> INGEST_CPU = new ArrayList<>();

    /** CPU time of this whole process (all threads, user and system). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Thread sampler(AtomicLong peak) {
        Thread t =
                new Thread(
                        () -> {
                            while (!Thread.currentThread().isInterrupted()) {
                                peak.accumulateAndGet(usedHeap(), Math::max);
                                try {
                                    Thread.sleep(5);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static FeedService open(Database database, Path dataDir) {
        return FeedService.open(
                database,
                FeedService.packagesDir(dataDir),
                AccessPolicy.authenticatedCallers(),
                PackageReferences.NONE,
                Clock.systemUTC());
    }

    /** 10,000 versions of one package; time the query release creation uses. */
    private static void versionsQuery(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        try (Database database = Database.open(DatabaseSettings.h2File(dataDir))) {
            FeedService feed = open(database, dataDir);
            List<String> versions = new ArrayList<>();
            for (int major = 1; major <= 10; major++) {
                for (int minor = 0; minor < 100; minor++) {
                    versions.add(major + "." + minor + ".0");
                    for (int b = 1; b <= 9; b++) {
                        versions.add(major + "." + minor + ".1-beta." + b);
                    }
                }
            }
            Collections.shuffle(versions, new Random(2));
            JdbcPackageVersionRepository repository = new JdbcPackageVersionRepository();
            database.useTransaction(
                    h -> {
                        for (String v : versions) {
                            repository.insert(
                                    h,
                                    new PackageVersion(
                                            "Spaces-1",
                                            "Acme.Web",
                                            OctopusVersion.parse(v),
                                            ".zip",
                                            1,
                                            "0".repeat(40),
                                            "0".repeat(64),
                                            Instant.now(),
                                            "",
                                            "",
                                            ""));
                        }
                    });
            VersionRange range = VersionRange.parse("[3.0,7.0)");
            time(
                    "newest stable in [3.0,7.0) of 10,000 versions",
                    () -> feed.latest(Caller.system(), "Spaces-1", "Acme.Web", range, "^$"));
            time(
                    "newest of 10,000 versions, no rules",
                    () -> feed.latest(Caller.system(), "Spaces-1", "Acme.Web", null, null));
            time(
                    "pattern matching nothing (scans all 10,000)",
                    () -> feed.latest(Caller.system(), "Spaces-1", "Acme.Web", null, "^rc"));
        } finally {
            deleteTree(dataDir);
        }
    }

    private static void time(String label, Runnable query) {
        for (int i = 0; i < 200; i++) {
            query.run(); // warm-up
        }
        int n = 1000;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%s (H2 file, embedded): p50 %.2f ms, p99 %.2f ms%n",
                label,
                ms[n / 2],
                ms[(int) (n * 0.99)]);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
