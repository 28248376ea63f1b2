package io.jenkins.plugins.freight.engine.target;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An SSH target as a deployment sees it.
 *
 * @param id the machine id ({@code Machines-N})
 * @param name the machine name
 * @param host host name or address
 * @param port SSH port (22 by default)
 * @param fingerprint the pinned host key fingerprint, {@code SHA256:…} (as {@code ssh-keygen -lf}
 *     prints it) or legacy MD5 hex {@code aa:bb:…}; a target without one is refused
 * @param credentials how to log in
 * @param rootDirectory where Freight keeps applications and scratch files on the target; empty for
 *     {@code $HOME/.freight}
 * @param connectTimeout how long connecting and logging in may take
 */
public record SshTargetSettings(
        String id,
        String name,
        String host,
        int port,
        String fingerprint,
        SshCredentials credentials,
        Optional<String> rootDirectory,
        Duration connectTimeout) {

    public SshTargetSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(rootDirectory, "rootDirectory");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        fingerprint = fingerprint == null ? "" : fingerprint.trim();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
    }

    /** Settings with port 22, the default root directory and a 30-second connect timeout. */
    public static SshTargetSettings of(
            String id, String name, String host, String fingerprint, SshCredentials credentials) {
        return new SshTargetSettings(
                id,
                name,
                host,
                22,
                fingerprint,
                credentials,
                Optional.empty(),
                Duration.ofSeconds(30));
    }

    public SshTargetSettings withPort(int value) {
        return new SshTargetSettings(
                id, name, host, value, fingerprint, credentials, rootDirectory, connectTimeout);
    }

    public SshTargetSettings withRootDirectory(String value) {
        return new SshTargetSettings(
                id, name, host, port, fingerprint, credentials, Optional.of(value), connectTimeout);
    }
}
