package io.jenkins.plugins.freight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.freight.cli.server.HostSettings;
import io.jenkins.plugins.freight.cli.server.StandaloneServer;
import io.jenkins.plugins.freight.engine.EngineSettings;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the real Freight server serving HTTPS on loopback with a certificate from a
 * private certificate authority: refused by default, trusted with {@code --ca-cert}, accepted with
 * {@code --insecure}, and reached through a real proxy that tunnels and asks for credentials. No
 * output ever holds the API key or the proxy password.
 */
class TlsAndProxyTest {

    private static final String PROXY_PASSWORD = "pr0xy-s3cret";
    private static final String NO_SUCH_TASK = "ServerTasks-999999";

    @TempDir static Path dataDir;
    @TempDir static Path work;
    private static StandaloneServer server;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        HeldCertificate ca =
                new HeldCertificate.Builder()
                        .certificateAuthority(0)
                        .commonName("Freight Test CA")
                        .build();
        HeldCertificate certificate =
                new HeldCertificate.Builder()
                        .commonName("localhost")
                        .addSubjectAlternativeName("localhost")
                        .addSubjectAlternativeName("127.0.0.1")
                        .signedBy(ca)
                        .build();
        Files.writeString(work.resolve("ca.pem"), ca.certificatePem());
        char[] password = "keystore-password".toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, null);
        keystore.setKeyEntry(
                "freight",
                certificate.keyPair().getPrivate(),
                password,
                new Certificate[] {certificate.certificate(), ca.certificate()});
        Path keystoreFile = work.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(keystoreFile)) {
            keystore.store(out, password);
        }
        server =
                StandaloneServer.start(
                        EngineSettings.defaults(dataDir),
                        new HostSettings(
                                "127.0.0.1",
                                0,
                                "/",
                                new HostSettings.Tls(keystoreFile, "PKCS12", new String(password)),
                                Duration.ofSeconds(1)),
                        LoopbackServer.ADMIN_KEY);
        url = "https://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            server.close();
        } catch (java.util.concurrent.TimeoutException graceful) {
            // an idle keep-alive connection outlived the grace period; the engine is closed
        }
    }

    private static CliRunner cli(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("FREIGHT_URL", url);
        env.put("FREIGHT_API_KEY", LoopbackServer.ADMIN_KEY);
        return new CliRunner(env, work);
    }

    /**
     * Waiting for a task the server does not know exits 2 naming it, which takes a whole
     * conversation with the server: the TLS connection worked.
     */
    private static void assertTheServerAnswered(CliRunner.Run run) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("The server has no task " + NO_SUCH_TASK);
        assertThat(run.all()).doesNotContain(LoopbackServer.ADMIN_KEY);
    }

    @Test
    void aServerCertificateFromAnUnknownAuthorityIsRefusedWithExitThree() {
        CliRunner.Run run = cli(Map.of()).run("await", NO_SUCH_TASK);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.err())
                .contains("The TLS connection to " + url)
                .contains("trust the server's certificate authority");
        assertThat(run.all()).doesNotContain(LoopbackServer.ADMIN_KEY);
    }

    @Test
    void theCertificateAuthorityGivenWithCaCertIsTrusted() {
        assertTheServerAnswered(cli(Map.of()).run("await", NO_SUCH_TASK, "--ca-cert", "ca.pem"));
    }

    @Test
    void insecureAcceptsTheCertificateWhenAskedFor() {
        assertTheServerAnswered(cli(Map.of()).run("await", NO_SUCH_TASK, "--insecure"));
    }

    @Test
    void caCertAndInsecureTogetherAreAUsageError() {
        CliRunner.Run run =
                cli(Map.of()).run("await", NO_SUCH_TASK, "--insecure", "--ca-cert", "ca.pem");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Choose either --ca-cert or --insecure, not both.");
    }

    @Test
    void requestsTunnelThroughTheProxyWithItsCredentialsWhichAreNeverPrinted() throws Exception {
        String expected = Credentials.basic("builder", PROXY_PASSWORD);
        try (TunnelProxy proxy = new TunnelProxy(expected)) {
            CliRunner.Run run =
                    cli(Map.of("FREIGHT_PROXY_PASSWORD", PROXY_PASSWORD))
                            .run(
                                    "await",
                                    NO_SUCH_TASK,
                                    "--ca-cert",
                                    "ca.pem",
                                    "--proxy",
                                    "127.0.0.1:" + proxy.port(),
                                    "--proxy-user",
                                    "builder",
                                    "--log-requests");

            assertTheServerAnswered(run);
            assertThat(proxy.connects)
                    .isNotEmpty()
                    .allMatch(("127.0.0.1:" + server.port())::equals);
            assertThat(proxy.authorizations).contains(expected);
            assertThat(run.all()).doesNotContain(PROXY_PASSWORD).doesNotContain(expected);
        }
    }

    @Test
    void theProxyCanComeFromTheEnvironment() throws Exception {
        String expected = Credentials.basic("builder", PROXY_PASSWORD);
        try (TunnelProxy proxy = new TunnelProxy(expected)) {
            CliRunner.Run run =
                    cli(Map.of(
                                    "FREIGHT_PROXY",
                                    "127.0.0.1:" + proxy.port(),
                                    "FREIGHT_PROXY_PASSWORD",
                                    PROXY_PASSWORD))
                            .run(
                                    "await",
                                    NO_SUCH_TASK,
                                    "--ca-cert",
                                    "ca.pem",
                                    "--proxy-user",
                                    "builder");

            assertTheServerAnswered(run);
            assertThat(proxy.connects).isNotEmpty();
        }
    }

    @Test
    void aProxyThatRefusesTheCredentialsIsAConnectionErrorThatPrintsNoPassword() throws Exception {
        try (TunnelProxy proxy = new TunnelProxy(Credentials.basic("builder", PROXY_PASSWORD))) {
            CliRunner.Run run =
                    cli(Map.of("FREIGHT_PROXY_PASSWORD", "wrong-" + PROXY_PASSWORD))
                            .run(
                                    "await",
                                    NO_SUCH_TASK,
                                    "--ca-cert",
                                    "ca.pem",
                                    "--proxy",
                                    "127.0.0.1:" + proxy.port(),
                                    "--proxy-user",
                                    "builder");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
            assertThat(proxy.connects).isEmpty();
            assertThat(run.all())
                    .doesNotContain(PROXY_PASSWORD)
                    .doesNotContain(LoopbackServer.ADMIN_KEY);
        }
    }
}
