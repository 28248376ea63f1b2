package io.jenkins.plugins.freight.client;

/**
 * How the server's certificate is checked.
 *
 * @param trustedCertificatesPem extra certificate authorities in PEM form, trusted in addition to
 *     the JVM's own; {@code null} for none
 * @param insecure accept any certificate and host name; only for tests and emergencies, never the
 *     default
 */
public record TlsSettings(String trustedCertificatesPem, boolean insecure) {

    public TlsSettings {
        if (insecure && trustedCertificatesPem != null) {
            throw new IllegalArgumentException(
                    "Choose either a trusted certificate or insecure TLS, not both.");
        }
    }

    /** The JVM's trust store and host-name checks (the default). */
    public static TlsSettings system() {
        return new TlsSettings(null, false);
    }

    /** The JVM's trust store plus the certificate authorities in {@code pem}. */
    public static TlsSettings trusting(String pem) {
        return new TlsSettings(pem, false);
    }

    /** No certificate or host-name checks at all. */
    public static TlsSettings insecureTrustAll() {
        return new TlsSettings(null, true);
    }

    @Override
    public String toString() {
        return "TlsSettings[customCa="
                + (trustedCertificatesPem != null)
                + ", insecure="
                + insecure
                + "]";
    }
}
