package io.jenkins.plugins.freight.engine.step;

import java.time.Duration;
import java.util.Objects;

/**
 * The SMTP server the e-mail step sends through (Octopus's SMTP configuration).
 *
 * @param startTls upgrade the connection with STARTTLS (port 587)
 * @param ssl connect with TLS from the start (port 465)
 * @param username empty for no authentication
 */
public record SmtpSettings(
        String host,
        int port,
        boolean startTls,
        boolean ssl,
        String fromAddress,
        String username,
        String password,
        Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fromAddress, "fromAddress");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", from " + fromAddress + "]";
    }
}
