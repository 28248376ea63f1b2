package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.storage.DatabaseSettings;
import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real crash: a child JVM streams a large package slowly and is killed (SIGKILL) mid-upload.
 * Reopening the feed shows no package and no leftover file.
 */
class CrashDuringUploadTest {

    @TempDir Path dataDir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    @Timeout(120)
    void killedUploadLeavesNoPartialPackageAndNoTemporaryFile(DatabaseKind kind) throws Exception {
        DatabaseSettings settings =
                kind == DatabaseKind.H2 ? DatabaseSettings.h2File(dataDir) : kind.newSettings();
        Path packages = FeedService.packagesDir(dataDir);

        Process child = startChild(settings);
        try {
            assertThat(awaitLine(child, "UPLOADING")).isTrue();
            // bytes are on disk in the temporary file
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (temporaryFiles(packages).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(temporaryFiles(packages)).hasSize(1);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(temporaryFiles(packages)).as("the killed upload left its file").hasSize(1);

        try (Database database = Database.open(settings)) {
            FeedService feed =
                    FeedService.open(
                            database,
                            packages,
                            AccessPolicy.authenticatedCallers(),
                            PackageReferences.NONE,
                            Clock.systemUTC());

            assertThat(listFiles(packages)).isEmpty();
            long rows =
                    database.withHandle(
                            h ->
                                    h.createQuery("SELECT count(*) FROM package_versions")
                                            .mapTo(Long.class)
                                            .one());
            assertThat(rows).isZero();
            assertThatThrownBy(
                            () ->
                                    feed.get(
                                            Caller.system(),
                                            "Spaces-1",
                                            "packages-Crash.Test.1.0.0"))
                    .isInstanceOf(NotFoundException.class);

            // the same version can be pushed again afterwards
            PushResult again =
                    feed.push(
                            Caller.system(),
                            "Spaces-1",
                            "Crash.Test.1.0.0.zip",
                            new ByteArrayInputStream(new byte[] {1, 2, 3}),
                            null);
            assertThat(again.isCreated()).isTrue();
        }
    }

    private Process startChild(DatabaseSettings settings) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlowUploadMain.class.getName(),
                        dataDir.toString(),
                        settings.jdbcUrl(),
                        settings.user(),
                        settings.password())
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the child's output until the line appears; false if it ends first or times out. */
    private static boolean awaitLine(Process child, String expected) throws Exception {
        CompletableFuture<Boolean> seen =
                CompletableFuture.supplyAsync(
                        () -> {
                            try (BufferedReader reader =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    child.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = reader.readLine()) != null) {
                                    if (line.equals(expected)) {
                                        drain(child);
                                        return true;
                                    }
                                }
                                return false;
                            } catch (IOException e) {
                                return false;
                            }
                        });
        return seen.get(60, TimeUnit.SECONDS);
    }

    /** Keeps reading the child's output in the background so it never blocks on a full pipe. */
    private static void drain(Process child) {
        Thread drainer =
                new Thread(
                        () -> {
                            try {
                                child.getInputStream()
                                        .transferTo(java.io.OutputStream.nullOutputStream());
                            } catch (IOException e) {
                                // the child was killed
                            }
                        });
        drainer.setDaemon(true);
        drainer.start();
    }

    private static List<String> temporaryFiles(Path packages) throws IOException {
        return listFiles(packages).stream().filter(n -> n.startsWith(".upload-")).toList();
    }

    private static List<String> listFiles(Path packages) throws IOException {
        if (!Files.isDirectory(packages)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(packages)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
