package io.jenkins.plugins.freight.client.transport;

import static io.jenkins.plugins.freight.client.transport.WireTestSupport.API_KEY;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.ROOT;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.SPACES;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.json;
import static io.jenkins.plugins.freight.client.transport.WireTestSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.ProxySettings;
import io.jenkins.plugins.freight.client.TlsSettings;
import io.jenkins.plugins.freight.client.error.NetworkException;
import io.jenkins.plugins.freight.client.packages.OverwriteMode;
import io.jenkins.plugins.freight.client.packages.PackageApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the wire shows: the multipart shape, TLS trust decisions, proxy authentication. */
class UploadTlsProxyTest {

    private MockWebServer server;

    @BeforeEach
    void start() {
        server = new MockWebServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void uploadStreamsOneFilePartNamedFileToUploadWithProgress(@TempDir Path dir) throws Exception {
        server.start();
        Path file = dir.resolve("Hello.1.0.0.zip");
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 40; i++) { // 2.5 MiB
                out.write(chunk);
            }
        }
        server.enqueue(json(SPACES));
        server.enqueue(
                json(
                        201,
                        "{\"Id\":\"packages-Hello.1.0.0\",\"PackageId\":\"Hello\",\"Version\":\"1.0.0\"}"));
        List<long[]> progress = new CopyOnWriteArrayList<>();
        try (FreightClient client = FreightClient.create(settings(server))) {
            PackageApi.Uploaded uploaded =
                    client.packages()
                            .upload(
                                    file,
                                    OverwriteMode.IGNORE_IF_EXISTS,
                                    (sent, total) -> progress.add(new long[] {sent, total}));
            assertThat(uploaded.created()).isTrue();
            assertThat(uploaded.resource().packageId()).isEqualTo("Hello");
        }
        server.takeRequest(); // spaces
        RecordedRequest upload = server.takeRequest();
        assertThat(upload.getMethod()).isEqualTo("POST");
        assertThat(upload.getUrl().encodedPath()).isEqualTo("/api/Spaces-1/packages/raw");
        assertThat(upload.getUrl().queryParameter("overwriteMode")).isEqualTo("IgnoreIfExists");
        assertThat(upload.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
        String head = upload.getBody().substring(0, 400).string(StandardCharsets.ISO_8859_1);
        assertThat(head)
                .contains(
                        "Content-Disposition: form-data; name=\"fileToUpload\";"
                                + " filename=\"Hello.1.0.0.zip\"")
                .contains("Content-Type: application/octet-stream");
        assertThat(upload.getBodySize()).isGreaterThan(Files.size(file));
        assertThat(progress).hasSizeGreaterThan(10);
        assertThat(progress.get(progress.size() - 1))
                .containsExactly(Files.size(file), Files.size(file));
    }

    @Test
    void aServerWithAnUnknownCertificateAuthorityIsRefusedByDefault() throws IOException {
        HeldCertificate ca = certificateAuthority();
        serveHttps(ca);
        try (FreightClient client =
                FreightClient.create(settings(server).withTls(TlsSettings.system()))) {
            assertThatThrownBy(client::root)
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("The TLS connection to");
        }
    }

    @Test
    void aCustomCertificateAuthorityInPemIsTrusted() throws IOException {
        HeldCertificate ca = certificateAuthority();
        serveHttps(ca);
        server.enqueue(json(ROOT));
        try (FreightClient client =
                FreightClient.create(
                        settings(server).withTls(TlsSettings.trusting(ca.certificatePem())))) {
            assertThat(client.root().apiVersion()).isEqualTo("3.0.0");
        }
    }

    @Test
    void insecureTlsAcceptsAnyCertificateWhenAskedFor() throws IOException {
        serveHttps(certificateAuthority());
        server.enqueue(json(ROOT));
        try (FreightClient client =
                FreightClient.create(settings(server).withTls(TlsSettings.insecureTrustAll()))) {
            assertThat(client.root().apiVersion()).isEqualTo("3.0.0");
        }
    }

    @Test
    void aTrustedCertificateThatIsNotPemIsRejectedClearly() {
        assertThatThrownBy(
                        () ->
                                FreightClient.create(
                                        ConnectionSettings.of("https://example.invalid", API_KEY)
                                                .withTls(
                                                        TlsSettings.trusting("not a certificate"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The trusted certificate");
    }

    @Test
    void requestsGoThroughTheProxyWithBasicCredentialsWhenItAsks() throws Exception {
        server.start();
        server.enqueue(
                new MockResponse.Builder()
                        .code(407)
                        .setHeader("Proxy-Authenticate", "Basic realm=\"p\"")
                        .build());
        server.enqueue(json(ROOT));
        ConnectionSettings settings =
                ConnectionSettings.of("http://freight.example.invalid:8065", API_KEY)
                        .withProxy(
                                new ProxySettings(
                                        server.getHostName(),
                                        server.getPort(),
                                        "builder",
                                        "s3cret!"));
        try (FreightClient client = FreightClient.create(settings)) {
            assertThat(client.root().version()).isEqualTo("2024.1.5512");
        }
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getRequestLine())
                .startsWith("GET http://freight.example.invalid:8065/api");
        assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(second.getHeaders().get("Proxy-Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("builder", "s3cret!"));
        assertThat(settings.toString()).doesNotContain("s3cret!");
    }

    private static HeldCertificate certificateAuthority() {
        return new HeldCertificate.Builder().certificateAuthority(0).commonName("Test CA").build();
    }

    private void serveHttps(HeldCertificate ca) throws IOException {
        HeldCertificate serverCertificate =
                new HeldCertificate.Builder()
                        .commonName("localhost")
                        .addSubjectAlternativeName(
                                java.net.InetAddress.getLoopbackAddress().getHostName())
                        .addSubjectAlternativeName("localhost")
                        .addSubjectAlternativeName("127.0.0.1")
                        .signedBy(ca)
                        .build();
        HandshakeCertificates certificates =
                new HandshakeCertificates.Builder().heldCertificate(serverCertificate).build();
        server.useHttps(certificates.sslSocketFactory());
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }
}
