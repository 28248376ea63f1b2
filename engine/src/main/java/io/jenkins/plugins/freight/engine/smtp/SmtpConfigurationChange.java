package io.jenkins.plugins.freight.engine.smtp;

import java.time.Duration;

/**
 * A new SMTP configuration. An empty host removes the server (e-mail steps then need the {@code
 * Freight.Smtp.*} variables).
 *
 * @param port null for the security's usual port
 * @param security null for {@link SmtpSecurity#NONE}
 * @param password null keeps the stored password, empty removes it
 * @param timeout null for 30 seconds
 */
public record SmtpConfigurationChange(
        String host,
        Integer port,
        SmtpSecurity security,
        String fromAddress,
        String username,
        String password,
        String trustedCertificate,
        Duration timeout) {

    public SmtpConfigurationChange {
        host = host == null ? "" : host.strip();
        security = security == null ? SmtpSecurity.NONE : security;
        fromAddress = fromAddress == null ? "" : fromAddress.strip();
        username = username == null ? "" : username.strip();
        trustedCertificate = trustedCertificate == null ? "" : trustedCertificate.strip();
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** A server without authentication. */
    public static SmtpConfigurationChange server(
            String host, int port, SmtpSecurity security, String fromAddress) {
        return new SmtpConfigurationChange(host, port, security, fromAddress, "", null, "", null);
    }

    public SmtpConfigurationChange withCredentials(String username, String password) {
        return new SmtpConfigurationChange(
                host, port, security, fromAddress, username, password, trustedCertificate, timeout);
    }

    public SmtpConfigurationChange withTrustedCertificate(String pem) {
        return new SmtpConfigurationChange(
                host, port, security, fromAddress, username, password, pem, timeout);
    }

    public SmtpConfigurationChange withTimeout(Duration value) {
        return new SmtpConfigurationChange(
                host, port, security, fromAddress, username, password, trustedCertificate, value);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SmtpConfigurationChange[" + host + ":" + port + " " + security + "]";
    }
}
