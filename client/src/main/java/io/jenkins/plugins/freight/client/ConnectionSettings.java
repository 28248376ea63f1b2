package io.jenkins.plugins.freight.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a {@link FreightClient} is built from; built once at the edge (CLI options, the
 * Jenkins global configuration, a test) and passed down. The API key never appears in {@link
 * #toString()}.
 *
 * @param serverUrl the server's base address, e.g. {@code https://deploy.example.com}; a trailing
 *     {@code /} or {@code /api} is removed
 * @param apiKey the API key, sent as {@code X-Octopus-ApiKey}; {@code null} for anonymous requests
 * @param space the space's name or id; {@code null} for the server's default space
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param readTimeout how long to wait for a response to start and between bytes (default 60 s)
 * @param proxy the HTTP proxy to go through, or {@code null} to connect directly
 * @param tls how the server's certificate is checked (default: the JVM's trust store)
 * @param retry how requests that are safe to repeat are retried (default {@link
 *     RetryPolicy#defaults()})
 * @param userAgent the {@code User-Agent} sent (default {@code freight-client})
 */
public record ConnectionSettings(
        URI serverUrl,
        String apiKey,
        String space,
        Duration connectTimeout,
        Duration readTimeout,
        ProxySettings proxy,
        TlsSettings tls,
        RetryPolicy retry,
        String userAgent) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final String DEFAULT_USER_AGENT = "freight-client";

    public ConnectionSettings {
        serverUrl = normalize(Objects.requireNonNull(serverUrl, "serverUrl"));
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(userAgent, "userAgent");
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
        if (space != null && space.isBlank()) {
            space = null;
        }
        if (connectTimeout.isNegative() || readTimeout.isNegative()) {
            throw new IllegalArgumentException("Timeouts must not be negative.");
        }
    }

    /** Settings with every default, for the server at {@code serverUrl}. */
    public static ConnectionSettings of(String serverUrl, String apiKey) {
        return new ConnectionSettings(
                parse(serverUrl),
                apiKey,
                null,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT,
                null,
                TlsSettings.system(),
                RetryPolicy.defaults(),
                DEFAULT_USER_AGENT);
    }

    /**
     * Parses a server address typed by a person.
     *
     * @throws IllegalArgumentException with one clear sentence when it is not an http(s) address
     */
    public static URI parse(String serverUrl) {
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalArgumentException("The server URL is missing.");
        }
        try {
            return new URI(serverUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "The server URL '" + serverUrl + "' is not a valid address.", e);
        }
    }

    private static URI normalize(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "The server URL must start with http:// or https:// and name a host.");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "The server URL must not contain credentials; pass the API key separately.");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "The server URL must not contain a query or fragment.");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith("/api")) {
            path = path.substring(0, path.length() - 4);
        }
        return URI.create(scheme + "://" + url.getRawAuthority() + path);
    }

    public ConnectionSettings withApiKey(String value) {
        return new ConnectionSettings(
                serverUrl, value, space, connectTimeout, readTimeout, proxy, tls, retry, userAgent);
    }

    public ConnectionSettings withSpace(String value) {
        return new ConnectionSettings(
                serverUrl,
                apiKey,
                value,
                connectTimeout,
                readTimeout,
                proxy,
                tls,
                retry,
                userAgent);
    }

    public ConnectionSettings withTimeouts(Duration connect, Duration read) {
        return new ConnectionSettings(
                serverUrl, apiKey, space, connect, read, proxy, tls, retry, userAgent);
    }

    public ConnectionSettings withProxy(ProxySettings value) {
        return new ConnectionSettings(
                serverUrl,
                apiKey,
                space,
                connectTimeout,
                readTimeout,
                value,
                tls,
                retry,
                userAgent);
    }

    public ConnectionSettings withTls(TlsSettings value) {
        return new ConnectionSettings(
                serverUrl,
                apiKey,
                space,
                connectTimeout,
                readTimeout,
                proxy,
                value,
                retry,
                userAgent);
    }

    public ConnectionSettings withRetry(RetryPolicy value) {
        return new ConnectionSettings(
                serverUrl,
                apiKey,
                space,
                connectTimeout,
                readTimeout,
                proxy,
                tls,
                value,
                userAgent);
    }

    public ConnectionSettings withUserAgent(String value) {
        return new ConnectionSettings(
                serverUrl, apiKey, space, connectTimeout, readTimeout, proxy, tls, retry, value);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[serverUrl="
                + serverUrl
                + ", apiKey="
                + (apiKey == null ? "none" : "****")
                + ", space="
                + space
                + ", connectTimeout="
                + connectTimeout
                + ", readTimeout="
                + readTimeout
                + ", proxy="
                + proxy
                + ", tls="
                + tls
                + ", retry="
                + retry
                + "]";
    }
}
