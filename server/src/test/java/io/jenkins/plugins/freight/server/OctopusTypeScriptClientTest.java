package io.jenkins.plugins.freight.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.testing.DatabaseKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the REST API: the official {@code @octopusdeploy/api-client} from npm,
 * unchanged, pushes a package, creates a release, deploys it and waits for the task, against the
 * real server. Needs Node.js and npm (CI installs them); without them the test fails and says so.
 */
class OctopusTypeScriptClientTest {

    static final String CLIENT_VERSION = "3.11.0";

    private static final Path CLIENT_DIR = Path.of("target", "ts-client");

    @Test
    void officialTypeScriptClientPushesReleasesDeploysAndWaits() throws Exception {
        installClient();
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            HelloProject.create(server);
            Path packageFile = CLIENT_DIR.resolve("Hello.3.0.0.zip");
            Files.write(packageFile, HelloProject.packageZip("3.0.0"));

            Result run =
                    run(
                            List.of("node", "acceptance.js"),
                            Map.of(
                                    "FREIGHT_URL",
                                    server.base(),
                                    "FREIGHT_API_KEY",
                                    TestServer.ADMIN_KEY,
                                    "FREIGHT_PROJECT",
                                    HelloProject.PROJECT,
                                    "FREIGHT_PACKAGE_FILE",
                                    packageFile.toAbsolutePath().toString(),
                                    "FREIGHT_PACKAGE_VERSION",
                                    "3.0.0",
                                    "FREIGHT_RELEASE_VERSION",
                                    "3.0.0"),
                            180);

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("PUSHED").contains("RELEASE").contains("Success");
            assertThat(server.get("/api/Spaces-1/packages?filter=Hello").body()).contains("3.0.0");
        }
    }

    /** {@code npm install} of the pinned client into {@code target/ts-client}, once. */
    private static void installClient() throws Exception {
        Files.createDirectories(CLIENT_DIR);
        try (InputStream script =
                OctopusTypeScriptClientTest.class.getResourceAsStream("/ts-client/acceptance.js")) {
            Files.write(CLIENT_DIR.resolve("acceptance.js"), script.readAllBytes());
        }
        requireTool("node");
        requireTool("npm");
        if (Files.isDirectory(CLIENT_DIR.resolve("node_modules/@octopusdeploy/api-client/dist"))) {
            return;
        }
        Files.writeString(
                CLIENT_DIR.resolve("package.json"),
                "{\"name\":\"freight-ts-acceptance\",\"private\":true}\n");
        Result install =
                run(
                        List.of(
                                "npm",
                                "install",
                                "--no-audit",
                                "--no-fund",
                                "--loglevel=error",
                                "@octopusdeploy/api-client@" + CLIENT_VERSION),
                        Map.of(),
                        300);
        assertThat(install.exitCode())
                .as("npm install @octopusdeploy/api-client failed:\n" + install.output())
                .isZero();
    }

    private static void requireTool(String tool) {
        try {
            Result version = run(List.of(tool, "--version"), Map.of(), 60);
            assertThat(version.exitCode()).as(tool + " --version").isZero();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(
                    "This test runs the official Octopus TypeScript client and needs "
                            + tool
                            + " on the PATH (Debian: apt-get install nodejs npm; .ci/run installs"
                            + " it): "
                            + e.getMessage(),
                    e);
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(CLIENT_DIR.toFile())
                        .redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile(CLIENT_DIR.toAbsolutePath(), "run", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(
                        -1, "timed out after " + seconds + " s:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
