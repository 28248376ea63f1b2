package io.jenkins.plugins.freight.server.machines;

import io.jenkins.plugins.freight.engine.machine.Endpoint;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.server.http.ApiProblem;

/**
 * A target's (or worker's) endpoint, discriminated by {@code CommunicationStyle}. Freight connects
 * to targets and workers over SSH; other styles are refused with a 400.
 */
public record EndpointWire(
        String communicationStyle,
        String host,
        Integer port,
        String fingerprint,
        String accountId,
        String proxyId,
        String dotNetCorePlatform,
        String uri) {

    public static EndpointWire of(Endpoint endpoint) {
        if (endpoint instanceof SshEndpoint ssh) {
            return new EndpointWire(
                    "Ssh",
                    ssh.host(),
                    ssh.port(),
                    ssh.fingerprint(),
                    ssh.accountId(),
                    ssh.proxyId(),
                    ssh.dotNetCorePlatform(),
                    ssh.uri());
        }
        return new EndpointWire(
                endpoint.communicationStyle(),
                null,
                null,
                null,
                endpoint.accountId(),
                null,
                null,
                null);
    }

    public Endpoint toEndpoint() {
        if (!"Ssh".equalsIgnoreCase(communicationStyle)) {
            throw ApiProblem.badRequest(
                    "The endpoint's CommunicationStyle '"
                            + communicationStyle
                            + "' is not supported; Freight reaches targets over Ssh.");
        }
        return new SshEndpoint(
                host, port == null ? 0 : port, fingerprint, accountId, proxyId, dotNetCorePlatform);
    }
}
