package io.jenkins.plugins.freight.engine.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.engine.error.TransientException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a server's host key without logging in (for {@code machines/discover}): the fingerprint
 * is the one deployments pin, and hosts that are not SSH servers fail within the timeout.
 */
class HostKeyFingerprintTest {

    @TempDir static Path dir;
    private static TestSshServer server;
    private static SshConnector connector;

    @BeforeAll
    static void start() throws Exception {
        server = TestSshServer.start(dir, null);
        connector = new SshConnector().start();
    }

    @AfterAll
    static void stop() throws Exception {
        connector.close();
        server.close();
    }

    @Test
    void theFingerprintReadIsTheOneAConnectionPins() throws Exception {
        String fingerprint =
                connector.hostKeyFingerprint("127.0.0.1", server.port(), Duration.ofSeconds(5));
        assertThat(fingerprint).isEqualTo(server.fingerprint()).startsWith("SHA256:");
        SshTargetSettings pinned =
                new SshTargetSettings(
                        "Machines-1",
                        "web-01",
                        "127.0.0.1",
                        server.port(),
                        fingerprint,
                        new SshCredentials.Password(TestSshServer.USER, TestSshServer.PASSWORD),
                        Optional.empty(),
                        Duration.ofSeconds(10));
        try (SshTarget target = connector.connect(pinned)) {
            assertThat(target).isNotNull();
        }
    }

    @Test
    void aClosedPortFailsWithAClearMessage() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        assertThatThrownBy(
                        () ->
                                connector.hostKeyFingerprint(
                                        "127.0.0.1", closed, Duration.ofSeconds(5)))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("127.0.0.1:" + closed);
    }

    @Test
    @Timeout(30)
    void aServerThatIsNoSshServerFailsWithAClearMessage() throws Exception {
        try (ServerSocket http = new ServerSocket(0)) {
            Thread answering =
                    new Thread(
                            () -> {
                                try (Socket s = http.accept()) {
                                    s.getOutputStream()
                                            .write(
                                                    "HTTP/1.1 400 Bad Request\r\n\r\n"
                                                            .getBytes(
                                                                    java.nio.charset
                                                                            .StandardCharsets
                                                                            .US_ASCII));
                                } catch (Exception ignored) {
                                    // closed by the test
                                }
                            });
            answering.start();
            assertThatThrownBy(
                            () ->
                                    connector.hostKeyFingerprint(
                                            "127.0.0.1",
                                            http.getLocalPort(),
                                            Duration.ofSeconds(5)))
                    .isInstanceOf(TransientException.class)
                    .hasMessageContaining("is it an SSH server?");
        }
    }

    @Test
    @Timeout(30) // a hang guard: the 2-second timeout must end the attempt
    void aServerThatSaysNothingFailsWithinTheTimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor =
                    new Thread(
                            () -> {
                                try {
                                    accepted.add(silent.accept());
                                } catch (Exception ignored) {
                                    // closed by the test
                                }
                            });
            acceptor.start();
            assertThatThrownBy(
                            () ->
                                    connector.hostKeyFingerprint(
                                            "127.0.0.1",
                                            silent.getLocalPort(),
                                            Duration.ofSeconds(2)))
                    .isInstanceOf(TransientException.class)
                    .hasMessageContaining("presented no SSH host key");
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
