package io.jenkins.plugins.freight.cli.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how Jetty listens.
 *
 * @param bind the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
 * @param port the port (default 8065; 0 lets the OS pick one)
 * @param contextPath where the servlet is mounted ("/" by default)
 * @param tls the keystore for HTTPS, or null for plain HTTP
 * @param shutdownGrace how long in-flight requests may finish on shutdown (default 30 s)
 */
public record HostSettings(
        String bind, int port, String contextPath, Tls tls, Duration shutdownGrace) {

    /**
     * A keystore holding the server's certificate and key.
     *
     * @param type {@code PKCS12} (default) or {@code JKS}
     * @param password never logged, never part of {@link #toString()}
     */
    public record Tls(Path keystore, String type, String password) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            type = type == null || type.isBlank() ? "PKCS12" : type;
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Tls[" + keystore + ", " + type + "]";
        }
    }

    public HostSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535.");
        }
        contextPath = normalize(contextPath);
    }

    private static String normalize(String path) {
        if (path == null || path.isBlank() || path.equals("/")) {
            return "/";
        }
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
