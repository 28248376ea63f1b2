package io.jenkins.plugins.freight.engine.smtp;

import java.time.Duration;
import java.time.Instant;

/**
 * The server's SMTP configuration as a reader sees it: everything but the password, of which only
 * whether one is set shows. Deployments' {@code Freight.Smtp.*} variables override it (see {@code
 * docs/deployment-process.md}).
 *
 * @param host empty when no SMTP server is configured
 * @param username empty for no authentication
 * @param hasPassword whether a password is stored (it is never returned)
 * @param trustedCertificate PEM of a server certificate to trust as is (self-signed servers); empty
 *     to rely on the JVM's certificate authorities
 * @param modifiedBy the username of the last change; empty before the first
 */
public record SmtpConfiguration(
        String host,
        int port,
        SmtpSecurity security,
        String fromAddress,
        String username,
        boolean hasPassword,
        String trustedCertificate,
        Duration timeout,
        Instant modifiedOn,
        String modifiedBy) {

    /** The document id (Octopus's {@code smtpconfiguration}). */
    public static final String ID = "smtpconfiguration";

    /** The configuration before anyone set one: no server. */
    public static SmtpConfiguration none() {
        return new SmtpConfiguration(
                "", 25, SmtpSecurity.NONE, "", "", false, "", Duration.ofSeconds(30), null, "");
    }

    public boolean isConfigured() {
        return !host.isEmpty();
    }
}
