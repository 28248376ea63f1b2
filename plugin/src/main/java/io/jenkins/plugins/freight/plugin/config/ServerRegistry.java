package io.jenkins.plugins.freight.plugin.config;

import io.jenkins.plugins.freight.plugin.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registered servers and the default one, checked: every ID valid and unique, the default among
 * them. Steps pick a server with {@link #resolve}.
 */
public record ServerRegistry(List<ServerDefinition> servers, String defaultServerId) {

    public ServerRegistry {
        servers = servers == null ? List.of() : List.copyOf(servers);
        defaultServerId = blankToNull(defaultServerId);
    }

    /** Problems a person must fix, each one sentence; empty when the registry is usable. */
    public List<String> problems() {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ServerDefinition server : servers) {
            ServerIds.check(server.serverId()).ifPresent(problems::add);
            if (server.serverId() != null && !seen.add(server.serverId())) {
                problems.add(Messages.Servers_Duplicate(server.serverId()));
            }
        }
        if (defaultServerId != null && find(defaultServerId).isEmpty()) {
            problems.add(Messages.Servers_DefaultUnknown(defaultServerId));
        }
        return problems;
    }

    /**
     * The server a step uses: the one it names, else the default, else the only one.
     *
     * @throws ServerSelectionException with one clear sentence when there is none
     */
    public ServerDefinition resolve(String requestedId) {
        if (servers.isEmpty()) {
            throw new ServerSelectionException(Messages.Servers_NoneConfigured());
        }
        String id = blankToNull(requestedId);
        if (id == null) {
            id = defaultServerId;
        }
        if (id == null) {
            if (servers.size() == 1) {
                return servers.get(0);
            }
            throw new ServerSelectionException(Messages.Servers_NoDefault());
        }
        String wanted = id;
        return find(wanted)
                .orElseThrow(
                        () ->
                                new ServerSelectionException(
                                        Messages.Servers_Unknown(
                                                wanted, String.join(", ", serverIds()))));
    }

    public List<String> serverIds() {
        return servers.stream().map(ServerDefinition::serverId).toList();
    }

    private Optional<ServerDefinition> find(String id) {
        return servers.stream().filter(s -> id.equals(s.serverId())).findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A step asked for a server that cannot be used. */
    public static final class ServerSelectionException extends IllegalArgumentException {
        public ServerSelectionException(String message) {
            super(message);
        }
    }
}
