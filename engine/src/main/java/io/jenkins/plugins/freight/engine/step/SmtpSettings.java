package io.jenkins.plugins.freight.engine.step;

import java.time.Duration;
import java.util.Objects;

/**
 * The SMTP server the e-mail step sends through (Octopus's SMTP configuration).
 *
 * @param startTls upgrade the connection with STARTTLS (port 587)
 * @param ssl connect with TLS from the start (port 465)
 * @param username empty for no authentication
 * @param trustedCertificate the server's certificate (PEM) for a server whose certificate the JVM
 *     does not trust (self-signed): exactly that certificate is accepted, whatever host name it
 *     names; empty to trust the JVM's certificate authorities and check the host name
 */
public record SmtpSettings(
        String host,
        int port,
        boolean startTls,
        boolean ssl,
        String fromAddress,
        String username,
        String password,
        Duration timeout,
        String trustedCertificate) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fromAddress, "fromAddress");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        trustedCertificate = trustedCertificate == null ? "" : trustedCertificate.strip();
    }

    /** Settings that trust the JVM's certificate authorities. */
    public SmtpSettings(
            String host,
            int port,
            boolean startTls,
            boolean ssl,
            String fromAddress,
            String username,
            String password,
            Duration timeout) {
        this(host, port, startTls, ssl, fromAddress, username, password, timeout, "");
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", from " + fromAddress + "]";
    }
}
