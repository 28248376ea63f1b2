package io.jenkins.plugins.freight.engine.machine;

import io.jenkins.plugins.freight.engine.error.FreightException;
import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import io.jenkins.plugins.freight.engine.security.AccessPolicy;
import io.jenkins.plugins.freight.engine.security.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Octopus's {@code machines/discover}: reads what can be learnt about a would-be target before it
 * is created — for SSH, the host key's fingerprint — so the caller can check and pin it. Nothing is
 * authenticated or stored.
 */
public final class MachineDiscovery {

    /** Reads an SSH server's host key: its fingerprint in the form targets pin. */
    @FunctionalInterface
    public interface HostKeys {
        String fingerprint(String host, int port, Duration timeout);
    }

    private static final String PLACEHOLDER = "SHA256:" + "A".repeat(43);

    private final AccessPolicy access;
    private final HostKeys hostKeys;
    private final Duration timeout;

    /**
     * @param timeout how long reaching the host and reading its key may take in all
     */
    public MachineDiscovery(AccessPolicy access, HostKeys hostKeys, Duration timeout) {
        this.access = Objects.requireNonNull(access, "access");
        this.hostKeys = Objects.requireNonNull(hostKeys, "hostKeys");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The endpoint of an SSH target at {@code host} and {@code port}, with the fingerprint of the
     * host key it presents (needs MachineCreate in the space).
     *
     * @param port null for 22
     * @param type the Octopus discovery type; only {@code Ssh} (the default) is supported
     * @throws InvalidInputException for a bad host, port or type, or when the host cannot be
     *     reached or presents no SSH host key within the timeout
     */
    public SshEndpoint discover(
            Caller caller, String spaceId, String host, Integer port, String type) {
        access.require(caller, "MachineCreate", spaceId);
        if (type != null && !type.isBlank() && !type.equalsIgnoreCase("Ssh")) {
            throw new InvalidInputException(
                    "Discovery of '"
                            + type
                            + "' targets is not supported; Freight discovers Ssh targets.",
                    List.of("type must be Ssh"));
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new InvalidInputException(
                    "The SSH port must be between 1 and 65535.", List.of("port is out of range"));
        }
        // the endpoint's own rules for host and port; the placeholder fingerprint and account
        // keep their rules quiet, as discovery is what finds the fingerprint
        List<String> problems =
                new SshEndpoint(
                                host,
                                port == null ? 22 : port,
                                PLACEHOLDER,
                                "Accounts-0",
                                null,
                                null)
                        .problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems), problems);
        }
        SshEndpoint endpoint =
                new SshEndpoint(host, port == null ? 22 : port, null, null, null, null);
        String fingerprint;
        try {
            fingerprint = hostKeys.fingerprint(endpoint.host(), endpoint.port(), timeout);
        } catch (FreightException e) {
            throw new InvalidInputException(e.getMessage(), List.of(e.getMessage()));
        }
        return new SshEndpoint(endpoint.host(), endpoint.port(), fingerprint, null, null, null);
    }
}
