package io.jenkins.plugins.freight.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.engine.Engine;
import io.jenkins.plugins.freight.engine.EngineSettings;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine wires the feed over its data directory and keeps packages across restarts. */
class EngineFeedTest {

    @TempDir Path dataDir;

    @Test
    void packagesPushedThroughTheEngineSurviveARestart() throws Exception {
        EngineSettings settings = EngineSettings.defaults(dataDir);
        String sha256;
        try (Engine engine = Engine.open(settings)) {
            engine.start();
            PushResult pushed =
                    engine.feed()
                            .push(
                                    Caller.system(),
                                    "Spaces-1",
                                    "Acme.Web.1.0.0.zip",
                                    new ByteArrayInputStream(new byte[] {1, 2, 3}),
                                    OverwriteMode.FAIL_IF_EXISTS);
            sha256 = pushed.packageVersion().sha256();
            engine.buildInformation()
                    .push(
                            Caller.system(),
                            "Spaces-1",
                            BuildInformationTest.request("Acme.Web", "1.0.0", "7"),
                            null);
        }
        assertThat(dataDir.resolve("packages").resolve(sha256)).exists();
        Files.writeString(dataDir.resolve("packages").resolve(".upload-left.tmp"), "partial");

        try (Engine engine = Engine.open(settings)) {
            assertThat(engine.feed().get(Caller.system(), "Spaces-1", "packages-Acme.Web.1.0.0"))
                    .extracting(PackageVersion::sha256)
                    .isEqualTo(sha256);
            assertThat(engine.buildInformation().latest(Caller.system(), "Spaces-1", "Acme.Web"))
                    .isPresent();
            assertThat(dataDir.resolve("packages").resolve(".upload-left.tmp")).doesNotExist();
        }
    }
}
