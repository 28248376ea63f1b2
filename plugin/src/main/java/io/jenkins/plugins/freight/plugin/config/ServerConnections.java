package io.jenkins.plugins.freight.plugin.config;

import hudson.ProxyConfiguration;
import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.embedded.EmbeddedLifecycle;
import java.net.Proxy;
import java.net.URI;
import jenkins.model.Jenkins;

/** Connection settings for registered servers, with Jenkins' proxy and address looked up. */
public final class ServerConnections {

    private ServerConnections() {}

    public static ConnectionSettings remote(
            ServerDefinition.Remote server, String apiKey, String space) {
        ProxyConfiguration proxy = Jenkins.get().getProxy();
        Proxy javaProxy = null;
        String user = null;
        String password = null;
        if (proxy != null && server.useProxy()) {
            javaProxy = proxy.createProxy(host(server.url()));
            user = proxy.getUserName();
            password =
                    proxy.getSecretPassword() == null
                            ? null
                            : proxy.getSecretPassword().getPlainText();
        }
        return Connections.remote(server, apiKey, space, javaProxy, user, password);
    }

    /** The embedded engine through Jenkins' own URL ({@code <root>/freight}). */
    public static ConnectionSettings embedded(
            ServerDefinition.Embedded server, String apiKey, String space) {
        String root = Jenkins.get().getRootUrl();
        if (root == null || root.isBlank()) {
            throw new IllegalStateException(Messages.Servers_NoRootUrl());
        }
        return Connections.embedded(server, EmbeddedLifecycle.baseUrl(root), apiKey, space);
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
