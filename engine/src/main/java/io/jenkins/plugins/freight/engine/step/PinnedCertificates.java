package io.jenkins.plugins.freight.engine.step;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates given as PEM that a TLS connection trusts instead of the JVM's certificate
 * authorities: how a server with a self-signed certificate is reached without turning checks off.
 */
public final class PinnedCertificates {

    private PinnedCertificates() {}

    /**
     * The certificates in a PEM text.
     *
     * @throws IllegalArgumentException when the text holds no readable certificate
     */
    public static List<Certificate> parse(String pem) {
        try {
            List<Certificate> out =
                    List.copyOf(
                            CertificateFactory.getInstance("X.509")
                                    .generateCertificates(
                                            new ByteArrayInputStream(
                                                    pem.getBytes(StandardCharsets.US_ASCII))));
            if (out.isEmpty()) {
                throw new IllegalArgumentException("The text holds no certificate.");
            }
            return out;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("The text is not a PEM certificate.", e);
        }
    }

    /** A socket factory that trusts exactly these certificates. */
    public static SSLSocketFactory socketFactory(String pem) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (Certificate certificate : parse(pem)) {
            store.setCertificateEntry("pinned-" + i++, certificate);
        }
        TrustManagerFactory trust =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
