package io.jenkins.plugins.freight.cli.console;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.ProxySettings;
import io.jenkins.plugins.freight.client.TlsSettings;
import io.jenkins.plugins.freight.client.actions.DurationText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that talks to a server shares. Each falls back to an environment
 * variable ({@code FREIGHT_*}, then {@code OCTOPUS_*}) so the API key need never be typed on a
 * command line.
 */
public final class ConnectionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Server address. Default: $FREIGHT_URL, else $OCTOPUS_URL")
    String server;

    @Option(
            names = "--api-key",
            paramLabel = "KEY",
            description =
                    "API key (visible to other users of this machine: prefer $FREIGHT_API_KEY or"
                            + " --api-key-file). Default: $FREIGHT_API_KEY, else $OCTOPUS_API_KEY")
    String apiKey;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key")
    String apiKeyFile;

    @Option(
            names = "--space",
            paramLabel = "NAME",
            description =
                    "Space name or id. Default: $FREIGHT_SPACE, else $OCTOPUS_SPACE, else the"
                            + " server's default space")
    String space;

    @Option(
            names = "--connect-timeout",
            paramLabel = "DURATION",
            description = "How long to wait for a connection. Default: 10s")
    String connectTimeout;

    @Option(
            names = "--read-timeout",
            paramLabel = "DURATION",
            description = "How long to wait for an answer. Default: 60s")
    String readTimeout;

    @Option(
            names = "--proxy",
            paramLabel = "HOST:PORT",
            description = "HTTP proxy. Default: $FREIGHT_PROXY")
    String proxy;

    @Option(
            names = "--proxy-user",
            paramLabel = "USER",
            description = "Proxy user; the password comes from $FREIGHT_PROXY_PASSWORD")
    String proxyUser;

    @Option(
            names = "--ca-cert",
            paramLabel = "FILE",
            description = "PEM file of a certificate authority to trust besides the JVM's own")
    String caCert;

    @Option(
            names = "--insecure",
            description = "Accept any TLS certificate (for tests only: anyone can listen in)")
    boolean insecure;

    @Option(
            names = "--log-requests",
            description = "Print one line per HTTP request to standard error (never the API key)")
    boolean logRequests;

    /** Builds the settings from options and environment; usage errors name what is missing. */
    public ConnectionSettings settings() {
        CliEnvironment env = CliContext.of(mixee);
        String url = server != null ? server : env.variable("FREIGHT_URL", "OCTOPUS_URL");
        if (url == null) {
            throw new UsageException("No server given: pass --server URL or set FREIGHT_URL.");
        }
        ConnectionSettings settings;
        try {
            settings = ConnectionSettings.of(url, apiKey(env));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String spaceName = space != null ? space : env.variable("FREIGHT_SPACE", "OCTOPUS_SPACE");
        settings = settings.withSpace(spaceName).withUserAgent("freight-cli");
        settings =
                settings.withTimeouts(
                        duration(connectTimeout, ConnectionSettings.DEFAULT_CONNECT_TIMEOUT),
                        duration(readTimeout, ConnectionSettings.DEFAULT_READ_TIMEOUT));
        settings = settings.withProxy(proxy(env));
        return settings.withTls(tls(env));
    }

    /** A client for these options; close it when done. */
    public FreightClient client() {
        ConnectionSettings settings = settings();
        if (!logRequests) {
            return FreightClient.create(settings);
        }
        var err = mixee.commandLine().getErr();
        return FreightClient.create(
                settings,
                line -> {
                    err.println(line);
                    err.flush();
                });
    }

    private String apiKey(CliEnvironment env) {
        if (apiKey != null && apiKeyFile != null) {
            throw new UsageException(
                    "Give the API key with --api-key or --api-key-file, not both.");
        }
        if (apiKeyFile != null) {
            Path file = env.path(apiKeyFile);
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UsageException(
                        "Cannot read the API key file "
                                + file
                                + " ("
                                + e.getClass().getSimpleName()
                                + ").");
            }
        }
        return apiKey != null ? apiKey : env.variable("FREIGHT_API_KEY", "OCTOPUS_API_KEY");
    }

    private static Duration duration(String text, Duration fallback) {
        return text == null ? fallback : DurationText.parse(text);
    }

    private ProxySettings proxy(CliEnvironment env) {
        String address = proxy != null ? proxy : env.variable("FREIGHT_PROXY");
        if (address == null) {
            return null;
        }
        String hostPort = address.replaceFirst("^https?://", "").replaceFirst("/$", "");
        int colon = hostPort.lastIndexOf(':');
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            return new ProxySettings(
                    hostPort.substring(0, colon),
                    port,
                    proxyUser,
                    proxyUser == null ? null : env.variable("FREIGHT_PROXY_PASSWORD"));
        } catch (RuntimeException e) {
            throw new UsageException("The proxy '" + address + "' is not of the form HOST:PORT.");
        }
    }

    private TlsSettings tls(CliEnvironment env) {
        if (insecure && caCert != null) {
            throw new UsageException("Choose either --ca-cert or --insecure, not both.");
        }
        if (insecure) {
            return TlsSettings.insecureTrustAll();
        }
        if (caCert == null) {
            return TlsSettings.system();
        }
        Path file = env.path(caCert);
        try {
            return TlsSettings.trusting(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(
                    "Cannot read the certificate file "
                            + file
                            + " ("
                            + e.getClass().getSimpleName()
                            + ").");
        }
    }
}
