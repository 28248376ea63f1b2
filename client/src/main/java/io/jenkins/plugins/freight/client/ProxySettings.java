package io.jenkins.plugins.freight.client;

import java.util.Objects;

/**
 * An HTTP proxy, optionally with Basic credentials. The password never appears in {@link
 * #toString()}.
 *
 * @param host the proxy's host name
 * @param port the proxy's port
 * @param username the user for proxy authentication, or {@code null} for none
 * @param password the password for proxy authentication, or {@code null}
 */
public record ProxySettings(String host, int port, String username, String password) {

    public ProxySettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The proxy host must not be blank.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The proxy port must be between 1 and 65535.");
        }
    }

    /** A proxy without authentication. */
    public static ProxySettings of(String host, int port) {
        return new ProxySettings(host, port, null, null);
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    @Override
    public String toString() {
        return "ProxySettings[host="
                + host
                + ", port="
                + port
                + ", username="
                + username
                + ", password="
                + (password == null ? "none" : "****")
                + "]";
    }
}
