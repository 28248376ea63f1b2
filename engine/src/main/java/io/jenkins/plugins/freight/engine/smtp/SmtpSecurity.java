package io.jenkins.plugins.freight.engine.smtp;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain SMTP (port 25). */
    NONE(25),
    /** Plain connection upgraded with STARTTLS; a server that cannot upgrade is refused (587). */
    STARTTLS(587),
    /** TLS from the first byte, "SMTPS" (465). */
    TLS(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port servers usually listen on with this protection. */
    public int defaultPort() {
        return defaultPort;
    }
}
