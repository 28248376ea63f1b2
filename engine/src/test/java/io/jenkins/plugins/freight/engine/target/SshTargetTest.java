package io.jenkins.plugins.freight.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshTargetTest {

    private static final String KEY_PASSPHRASE = "key-passphrase-42";

    @TempDir static Path dir;
    private static TestSshServer server;
    private static SshConnector connector;
    private static String privateKey;

    @BeforeAll
    static void startServer() throws Exception {
        Path key = dir.resolve("id_ecdsa");
        Process keygen =
                new ProcessBuilder(
                                "ssh-keygen",
                                "-q",
                                "-t",
                                "ecdsa",
                                "-b",
                                "256",
                                "-N",
                                KEY_PASSPHRASE,
                                "-f",
                                key.toString())
                        .redirectErrorStream(true)
                        .start();
        assertThat(keygen.waitFor()).isZero();
        privateKey = Files.readString(key);
        PublicKey publicKey =
                PublicKeyEntry.parsePublicKeyEntry(
                                Files.readString(dir.resolve("id_ecdsa.pub")).trim())
                        .resolvePublicKey(null, Map.of(), null);
        server = TestSshServer.start(dir, publicKey);
        connector = new SshConnector().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        connector.close();
        server.close();
    }

    private static SshTargetSettings settings(SshCredentials credentials) {
        return SshTargetSettings.of(
                        "Machines-1", "web-01", "127.0.0.1", server.fingerprint(), credentials)
                .withPort(server.port())
                .withRootDirectory(dir.resolve("remote-root").toString());
    }

    private static SshTarget passwordTarget() {
        return connector.connect(
                settings(new SshCredentials.Password(TestSshServer.USER, TestSshServer.PASSWORD)));
    }

    @Test
    void scriptRunsRemotelyWithHelpersAndOutputVariables() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (SshTarget target = passwordTarget()) {
            ScriptResult result =
                    target.run(
                            ScriptRequest.bash(
                                            "echo \"hello from $(get_octopusvariable Who)\";"
                                                    + " set_octopusvariable Answer 42;"
                                                    + " echo warn >&2; exit 0")
                                    .withVariables(Map.of("Who", "ssh")),
                            listener);
            assertThat(result.outcome()).isEqualTo(ScriptOutcome.SUCCEEDED);
            assertThat(result.outputVariables())
                    .containsExactly(new OutputVariable("Answer", "42", false));
            assertThat(listener.texts(OutputCategory.INFO)).containsExactly("hello from ssh");
            assertThat(listener.texts(OutputCategory.ERROR)).containsExactly("warn");
        }
    }

    @Test
    void privateKeyWithPassphraseLogsIn() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (SshTarget target =
                connector.connect(
                        settings(
                                new SshCredentials.PrivateKey(
                                        TestSshServer.USER, privateKey, KEY_PASSPHRASE)))) {
            assertThat(target.run(ScriptRequest.bash("exit 7"), listener).exitCode()).isEqualTo(7);
        }
    }

    @Test
    void changedHostKeyIsRefusedWithBothFingerprints() {
        SshTargetSettings pinnedToOther =
                new SshTargetSettings(
                        "Machines-1",
                        "web-01",
                        "127.0.0.1",
                        server.port(),
                        "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                        new SshCredentials.Password(TestSshServer.USER, TestSshServer.PASSWORD),
                        java.util.Optional.empty(),
                        Duration.ofSeconds(10));
        assertThatThrownBy(() -> connector.connect(pinnedToOther))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("does not match its pinned fingerprint")
                .hasMessageContaining(server.fingerprint())
                .hasMessageNotContaining(TestSshServer.PASSWORD);
    }

    @Test
    void unpinnedHostIsRefused() {
        SshTargetSettings unpinned =
                SshTargetSettings.of(
                                "Machines-1",
                                "web-01",
                                "127.0.0.1",
                                "",
                                new SshCredentials.Password(
                                        TestSshServer.USER, TestSshServer.PASSWORD))
                        .withPort(server.port());
        assertThatThrownBy(() -> connector.connect(unpinned))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("has no host key fingerprint");
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() {
        SshCredentials wrong = new SshCredentials.Password(TestSshServer.USER, "wrong-secret-pw");
        assertThatThrownBy(() -> connector.connect(settings(wrong)))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("Could not connect to SSH target web-01")
                .hasMessageNotContaining("wrong-secret-pw");
        assertThat(wrong.toString()).doesNotContain("wrong-secret-pw");
    }

    @Test
    void directoriesAreUploadedWithPermissions() throws Exception {
        Path local = Files.createDirectories(dir.resolve("local/app/bin"));
        Files.writeString(local.resolve("run.sh"), "#!/bin/sh\necho running\n");
        Files.setPosixFilePermissions(
                local.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("local/app/config.json"), "{\"a\":1}");
        String remote = dir.resolve("remote-root/Applications/app/1.0.0").toString();
        try (SshTarget target = passwordTarget()) {
            target.uploadDirectory(dir.resolve("local/app"), remote);
            RecordingListener listener = new RecordingListener();
            target.run(
                    ScriptRequest.bash("./bin/run.sh; cat config.json")
                            .withWorkingDirectory(remote),
                    listener);
            assertThat(listener.texts()).containsExactly("running", "{\"a\":1}");
        }
    }

    @Test
    void cancelStopsTheRemoteProcessGroup() throws Exception {
        Path pids = dir.resolve("remote-pids");
        RecordingListener listener = new RecordingListener();
        try (SshTarget target = passwordTarget()) {
            RunningScript running =
                    target.start(
                            ScriptRequest.bash(
                                    "sleep 300 & echo $! > '" + pids + "'; echo started; wait"),
                            listener);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> listener.texts().contains("started"));
            List<Long> children =
                    Files.readAllLines(pids).stream()
                            .map(String::trim)
                            .map(Long::parseLong)
                            .toList();
            running.cancel();
            assertThat(running.await().outcome()).isEqualTo(ScriptOutcome.CANCELED);
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    children.stream()
                                            .map(ProcessHandle::of)
                                            .noneMatch(
                                                    p ->
                                                            p.map(ProcessHandle::isAlive)
                                                                    .orElse(false)));
        }
    }

    @Test
    void timeoutAppliesRemotely() throws Exception {
        try (SshTarget target = passwordTarget()) {
            ScriptResult result =
                    target.run(
                            ScriptRequest.bash("sleep 60").withTimeout(Duration.ofMillis(500)),
                            new RecordingListener());
            assertThat(result.outcome()).isEqualTo(ScriptOutcome.TIMED_OUT);
        }
    }
}
