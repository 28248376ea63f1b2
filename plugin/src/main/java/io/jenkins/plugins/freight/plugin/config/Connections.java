package io.jenkins.plugins.freight.plugin.config;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.ProxySettings;
import io.jenkins.plugins.freight.client.TlsSettings;
import io.jenkins.plugins.freight.plugin.Messages;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Optional;

/**
 * Builds the client's {@link ConnectionSettings} for a registered server, from plain values the
 * Jenkins glue looks up (the API key, Jenkins' proxy for the host).
 */
public final class Connections {

    /** The User-Agent the plugin sends. */
    public static final String USER_AGENT = "freight-jenkins-plugin";

    private Connections() {}

    /**
     * Settings for a remote server.
     *
     * @param apiKey the key from the server's (or the step's) credential
     * @param proxy what Jenkins' {@code ProxyConfiguration.createProxy(host)} answered, or {@code
     *     null} when Jenkins has no proxy
     * @param proxyUser and {@code proxyPassword}: Jenkins' proxy credentials, or {@code null}
     */
    public static ConnectionSettings remote(
            ServerDefinition.Remote server,
            String apiKey,
            String space,
            Proxy proxy,
            String proxyUser,
            String proxyPassword) {
        ConnectionSettings settings =
                ConnectionSettings.of(server.url(), apiKey)
                        .withSpace(space != null && !space.isBlank() ? space : server.space())
                        .withTls(tls(server.trustedCertificate(), server.insecureTls()))
                        .withUserAgent(USER_AGENT);
        if (server.useProxy()) {
            settings = settings.withProxy(proxy(proxy, proxyUser, proxyPassword).orElse(null));
        }
        return settings;
    }

    /** Settings for the embedded engine, reached at {@code baseUrl} (Jenkins' URL + freight/). */
    public static ConnectionSettings embedded(
            ServerDefinition.Embedded server, String baseUrl, String apiKey, String space) {
        return ConnectionSettings.of(baseUrl, apiKey)
                .withSpace(space != null && !space.isBlank() ? space : server.space())
                .withUserAgent(USER_AGENT);
    }

    /** An HTTP proxy from a {@link Proxy}; empty for a direct connection. */
    public static Optional<ProxySettings> proxy(Proxy proxy, String user, String password) {
        if (proxy == null
                || proxy.type() != Proxy.Type.HTTP
                || !(proxy.address() instanceof InetSocketAddress address)) {
            return Optional.empty();
        }
        String u = user == null || user.isBlank() ? null : user;
        return Optional.of(
                new ProxySettings(
                        address.getHostString(),
                        address.getPort(),
                        u,
                        u == null ? null : password));
    }

    /** The TLS settings for the server's fields; invalid input is a clear error. */
    public static TlsSettings tls(String trustedCertificate, boolean insecure) {
        String pem =
                trustedCertificate == null || trustedCertificate.isBlank()
                        ? null
                        : trustedCertificate.strip();
        if (pem != null && insecure) {
            throw new IllegalArgumentException(Messages.Servers_CertificateAndInsecure());
        }
        if (insecure) {
            return TlsSettings.insecureTrustAll();
        }
        if (pem == null) {
            return TlsSettings.system();
        }
        checkCertificate(pem)
                .ifPresent(
                        problem -> {
                            throw new IllegalArgumentException(problem);
                        });
        return TlsSettings.trusting(pem);
    }

    /** Why the text is not a PEM certificate, or empty when it is one. */
    public static Optional<String> checkCertificate(String pem) {
        try {
            var certificates =
                    CertificateFactory.getInstance("X.509")
                            .generateCertificates(
                                    new ByteArrayInputStream(
                                            pem.strip().getBytes(StandardCharsets.US_ASCII)));
            return certificates.isEmpty()
                    ? Optional.of(Messages.Servers_CertificateInvalid("no certificate found"))
                    : Optional.empty();
        } catch (CertificateException | RuntimeException e) {
            return Optional.of(
                    Messages.Servers_CertificateInvalid(
                            e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage()));
        }
    }

    /** Why the text is not a usable server URL, or empty. */
    public static Optional<String> checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Messages.Servers_UrlRequired());
        }
        try {
            ConnectionSettings.of(url, null);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.Servers_UrlInvalid());
        }
    }
}
