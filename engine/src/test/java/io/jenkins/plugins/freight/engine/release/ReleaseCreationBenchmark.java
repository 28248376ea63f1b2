package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelRule;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.process.DeploymentProcess;
import io.jenkins.plugins.freight.engine.project.ActionPackage;
import io.jenkins.plugins.freight.engine.project.Project;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.variable.SecretCipher;
import io.jenkins.plugins.freight.engine.variable.Variable;
import io.jenkins.plugins.freight.engine.variable.VariableService;
import io.jenkins.plugins.freight.engine.variable.VariableSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Release creation benchmark (not part of the test run): the latency of {@link
 * ReleaseService#create} on the embedded H2 file database with 10,000 versions of the deployed
 * package in the built-in feed. Each release computes its version from the default template, takes
 * process and variable snapshots, and picks the newest package version allowed by the channel.
 *
 * <p>Run (see docs/performance.md): {@code ./mvnw -q -B -pl engine test-compile exec:java
 * -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jenkins.plugins.freight.engine.release.ReleaseCreationBenchmark
 * -Dexec.args="10000 1000"} — arguments: package versions in the feed (default 10,000), timed
 * releases per channel (default 1,000).
 */
public final class ReleaseCreationBenchmark {

    private static final Caller BENCH = Caller.system();
    private static final String SPACE = "Spaces-1";

    private ReleaseCreationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int versions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path dir = Files.createTempDirectory("freight-release-bench-");
        try (Engine engine = Engine.open(EngineSettings.defaults(dir))) {
            run(engine, dir, versions, releases);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Engine engine, Path dir, int versionCount, int releases)
            throws Exception {
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, Java %s; H2 file database, embedded%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        VariableService variables =
                new VariableService(
                        engine.database(), engine.accessPolicy(), SecretCipher.inDataDir(dir));
        ReleaseService service =
                new ReleaseService(
                        engine.database(),
                        engine.accessPolicy(),
                        Clock.systemUTC(),
                        engine.projects(),
                        engine.channels(),
                        engine.processes(),
                        engine.feed(),
                        engine.buildInformation(),
                        variables,
                        engine.auditLog());
        Project project = engine.projects().create(BENCH, SPACE, Project.builder("Web").build());
        DeploymentProcess process = engine.processes().getForProject(BENCH, SPACE, project.id());
        engine.processes()
                .modify(
                        BENCH,
                        SPACE,
                        project.id(),
                        DeploymentProcess.edit(
                                process.version(),
                                List.of(
                                        ReleaseTesting.packageStep(
                                                "Deploy web", "Acme.Web", "Acme.Tools"),
                                        ReleaseTesting.scriptStep("Smoke test"))));
        engine.database().useTransaction(h -> variables.createSet(h, SPACE, project.id()));
        VariableSet set = variables.getForOwner(BENCH, project.id());
        List<Variable> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add(Variable.of("Setting" + i, "value " + i));
        }
        variables.modify(BENCH, set.withVariables(values));
        // 1,000 versions per major version: the rule takes a range in the middle of what exists.
        String range = versionCount >= 7_000 ? "[3.0,7.0)" : "[1.0,2.0)";
        Channel stable =
                engine.channels()
                        .create(
                                BENCH,
                                SPACE,
                                new Channel(
                                        null,
                                        null,
                                        project.id(),
                                        "Stable",
                                        null,
                                        "",
                                        false,
                                        null,
                                        List.of(
                                                ChannelRule.of(
                                                        range,
                                                        "^$",
                                                        ActionPackage.primary("Deploy web"))),
                                        List.of(),
                                        null,
                                        null));

        long start = System.nanoTime();
        push(engine.feed(), "Acme.Web", versions(versionCount));
        push(engine.feed(), "Acme.Tools", List.of("1.0.0", "1.1.0", "2.0.0"));
        System.out.printf(
                Locale.ROOT,
                "feed: %d versions of Acme.Web pushed in %.1f s%n",
                versionCount,
                (System.nanoTime() - start) / 1e9);

        time(
                "create release, default channel (newest of all versions)",
                releases,
                () -> service.create(BENCH, SPACE, CreateReleaseRequest.of(project.id())));
        time(
                "create release, channel rule " + range + " stable only",
                releases,
                () ->
                        service.create(
                                BENCH,
                                SPACE,
                                CreateReleaseRequest.of(project.id()).withChannel(stable.id())));
        int total =
                (int)
                        service.listByProject(BENCH, SPACE, project.id(), null, null, 0, 0)
                                .totalResults();
        time(
                "list releases, first page of " + total,
                releases,
                () -> service.listByProject(BENCH, SPACE, project.id(), null, null, 0, 30));
        Page<Release> page = service.listByProject(BENCH, SPACE, project.id(), null, null, 0, 1);
        System.out.printf(Locale.ROOT, "newest release: %s%n", page.items().get(0).version());
    }

    /** Versions 1.0.0 … with nine betas before each patch, shuffled. */
    private static List<String> versions(int count) {
        List<String> versions = new ArrayList<>();
        for (int major = 1; versions.size() < count; major++) {
            for (int minor = 0; minor < 100 && versions.size() < count; minor++) {
                versions.add(major + "." + minor + ".0");
                for (int b = 1; b <= 9 && versions.size() < count; b++) {
                    versions.add(major + "." + minor + ".1-beta." + b);
                }
            }
        }
        Collections.shuffle(versions, new Random(2));
        return versions;
    }

    private static void push(FeedService feed, String packageId, List<String> versions) {
        byte[] content = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (String v : versions) {
            feed.push(
                    BENCH,
                    SPACE,
                    packageId + "." + v + ".zip",
                    new ByteArrayInputStream(content),
                    OverwriteMode.FAIL_IF_EXISTS);
        }
    }

    /**
     * Runs the action n times after a warm-up and prints wall-clock percentiles, plus the CPU time
     * the benchmark thread itself spent (what the code costs when the machine is shared).
     */
    private static void time(String label, int n, Supplier<?> action) {
        for (int i = 0; i < Math.min(100, n); i++) {
            action.get(); // warm-up
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[n];
        double[] cpu = new double[n];
        for (int i = 0; i < n; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            action.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "%s (%d runs): wall p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " thread CPU p50 %.2f ms, p99 %.2f ms; load average %.1f%n",
                label,
                n,
                ms[n / 2],
                ms[(int) (n * 0.9)],
                ms[(int) (n * 0.99)],
                ms[n - 1],
                cpu[n / 2],
                cpu[(int) (n * 0.99)],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
