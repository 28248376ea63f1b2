package io.jenkins.plugins.freight.plugin.config;

import java.io.Serializable;

/**
 * A registered server as plain data, built from the global configuration: the embedded engine or a
 * remote Freight or Octopus Deploy server. Holds a credential id, never the API key.
 */
public sealed interface ServerDefinition extends Serializable
        permits ServerDefinition.Embedded, ServerDefinition.Remote {

    String serverId();

    /** The space steps use unless they name one; {@code null} for the server's default space. */
    String space();

    /** The engine running inside Jenkins. */
    record Embedded(String serverId, String space) implements ServerDefinition {}

    /**
     * A server reached over the network.
     *
     * @param credentialsId the Secret Text credential holding the API key
     * @param useProxy go through Jenkins' proxy settings (when they apply to the host)
     * @param trustedCertificate extra certificate authority in PEM form, or {@code null}
     * @param insecureTls accept any certificate (tests only)
     */
    record Remote(
            String serverId,
            String url,
            String credentialsId,
            String space,
            boolean useProxy,
            String trustedCertificate,
            boolean insecureTls)
            implements ServerDefinition {}
}
