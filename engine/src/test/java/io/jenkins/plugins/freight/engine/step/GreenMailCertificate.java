package io.jenkins.plugins.freight.engine.step;

import java.io.InputStream;
import java.security.KeyStore;
import java.util.Base64;

/** The self-signed certificate GreenMail's TLS servers present, as PEM (for pinning in tests). */
public final class GreenMailCertificate {

    private GreenMailCertificate() {}

    public static String pem() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = GreenMailCertificate.class.getResourceAsStream("/greenmail.p12")) {
            store.load(in, "changeit".toCharArray());
        }
        byte[] der = store.getCertificate(store.aliases().nextElement()).getEncoded();
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
