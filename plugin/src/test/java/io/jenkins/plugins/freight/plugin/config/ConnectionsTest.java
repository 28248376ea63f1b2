package io.jenkins.plugins.freight.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.freight.plugin.Messages;
import java.net.InetSocketAddress;
import java.net.Proxy;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private static final String KEY = "API-KEYKEYKEYKEYKEYKEYKEYKEYKEY1";

    private static ServerDefinition.Remote server(boolean useProxy, String pem, boolean insecure) {
        return new ServerDefinition.Remote(
                "prod",
                "https://deploy.example.com/api/",
                "cred",
                "Default",
                useProxy,
                pem,
                insecure);
    }

    @Test
    void remoteSettingsUseTheServersSpaceUnlessTheStepNamesOne() {
        var settings = Connections.remote(server(false, null, false), KEY, null, null, null, null);

        assertThat(settings.serverUrl()).hasToString("https://deploy.example.com");
        assertThat(settings.space()).isEqualTo("Default");
        assertThat(settings.userAgent()).isEqualTo(Connections.USER_AGENT);
        assertThat(settings.toString()).doesNotContain(KEY);
        assertThat(
                        Connections.remote(server(false, null, false), KEY, "Ops", null, null, null)
                                .space())
                .isEqualTo("Ops");
    }

    @Test
    void jenkinsProxyIsUsedOnlyWhenTheServerAsksForItAndItAppliesToTheHost() {
        Proxy proxy =
                new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.local", 3128));

        var through = Connections.remote(server(true, null, false), KEY, null, proxy, "u", "pw");
        assertThat(through.proxy().host()).isEqualTo("proxy.local");
        assertThat(through.proxy().port()).isEqualTo(3128);
        assertThat(through.proxy().hasCredentials()).isTrue();
        assertThat(
                        Connections.remote(server(false, null, false), KEY, null, proxy, null, null)
                                .proxy())
                .isNull();
        assertThat(
                        Connections.remote(
                                        server(true, null, false),
                                        KEY,
                                        null,
                                        Proxy.NO_PROXY,
                                        null,
                                        null)
                                .proxy())
                .isNull();
    }

    @Test
    void badCertificatesAndConflictingTlsChoicesAreRefusedClearly() {
        assertThat(Connections.checkCertificate("not a certificate")).isPresent();
        assertThatThrownBy(() -> Connections.tls("-----BEGIN CERTIFICATE-----", true))
                .hasMessage(Messages.Servers_CertificateAndInsecure());
        assertThat(Connections.tls(null, true).insecure()).isTrue();
        assertThat(Connections.tls(" ", false).trustedCertificatesPem()).isNull();
    }

    @Test
    void urlsAreChecked() {
        assertThat(Connections.checkUrl("")).contains(Messages.Servers_UrlRequired());
        assertThat(Connections.checkUrl("ftp://x")).contains(Messages.Servers_UrlInvalid());
        assertThat(Connections.checkUrl("http://localhost:8065")).isEmpty();
    }
}
