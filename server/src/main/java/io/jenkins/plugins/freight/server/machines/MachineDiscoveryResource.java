package io.jenkins.plugins.freight.server.machines;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.machine.Machine;
import io.jenkins.plugins.freight.engine.machine.MachineDiscovery;
import io.jenkins.plugins.freight.engine.machine.MachineHealth;
import io.jenkins.plugins.freight.engine.machine.SshEndpoint;
import io.jenkins.plugins.freight.engine.project.TenantedDeploymentMode;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/{space}/machines/discover?host=&port=&type=Ssh}: connects to the host, reads its
 * SSH host key without logging in and answers a deployment target template with the endpoint's
 * fingerprint filled in; the caller adds environments, tags and an account and POSTs it to {@code
 * machines}. Nothing is stored. An unreachable host, a bad port or another type is a 400.
 */
public final class MachineDiscoveryResource {

    private final MachineDiscovery discovery;

    public MachineDiscoveryResource(MachineDiscovery discovery) {
        this.discovery = discovery;
    }

    public void register(Router router) {
        router.get(Router.Scope.SPACE, "machines/discover", this::discover);
    }

    private Reply discover(ApiRequest r) {
        Integer port =
                r.query().nonBlank("port") == null
                        ? null
                        : r.query().integer("port", 22, Integer.MIN_VALUE);
        SshEndpoint endpoint =
                discovery.discover(
                        r.caller(),
                        r.spaceId(),
                        r.query().get("host"),
                        port,
                        r.query().get("type"));
        return Reply.ok(template(r.spaceId(), endpoint));
    }

    /** A target that does not exist yet: no id, no environments, no tags, health unknown. */
    private static MachineWire template(String spaceId, SshEndpoint endpoint) {
        EndpointWire wire = EndpointWire.of(endpoint);
        MachineHealth health = MachineHealth.unknown();
        return new MachineWire(
                null,
                endpoint.host(),
                null,
                false,
                List.of(),
                List.of(),
                TenantedDeploymentMode.UNTENANTED.octopusName(),
                List.of(),
                List.of(),
                Machine.DEFAULT_MACHINE_POLICY_ID,
                wire,
                wire.uri(),
                null,
                HealthStatus.UNKNOWN.octopusName(),
                "Unknown",
                health.statusSummary(),
                true,
                false,
                health.operatingSystem(),
                health.shellName(),
                health.shellVersion(),
                health.architecture(),
                spaceId,
                null,
                null,
                Map.of());
    }
}
