package io.jenkins.plugins.freight.client.transport;

import io.jenkins.plugins.freight.client.TlsSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Applies {@link TlsSettings} to an OkHttp builder. */
final class TlsConfiguration {

    private TlsConfiguration() {}

    static void apply(TlsSettings tls, OkHttpClient.Builder builder) {
        if (tls.insecure()) {
            X509TrustManager trustAll = new TrustAll();
            builder.sslSocketFactory(context(trustAll).getSocketFactory(), trustAll);
            builder.hostnameVerifier((host, session) -> true);
        } else if (tls.trustedCertificatesPem() != null) {
            X509TrustManager trust = systemPlus(parse(tls.trustedCertificatesPem()));
            builder.sslSocketFactory(context(trust).getSocketFactory(), trust);
        }
    }

    /**
     * Reads one or more PEM certificates.
     *
     * @throws IllegalArgumentException with one clear sentence when the text holds none
     */
    static Collection<? extends Certificate> parse(String pem) {
        try {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509")
                            .generateCertificates(
                                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(
                        "The trusted certificate text holds no PEM certificate.");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IllegalArgumentException(
                    "The trusted certificate is not a valid PEM certificate: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager systemPlus(Collection<? extends Certificate> extra) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate issuer : trustManager(null).getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + n++, issuer);
            }
            for (Certificate certificate : extra) {
                store.setCertificateEntry("custom-" + n++, certificate);
            }
            return trustManager(store);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(
                    "Could not build the trust store: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("The JVM offers no X.509 trust manager.");
    }

    private static SSLContext context(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not set up TLS: " + e.getMessage(), e);
        }
    }

    /** Accepts every certificate: only when the user opted in to insecure TLS. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
