package io.jenkins.plugins.freight.client.space;

import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import io.jenkins.plugins.freight.client.transport.Transport;
import java.util.List;
import java.util.Optional;

/**
 * Finds the space to work in from {@code GET /api/spaces/all}: by id, by exact name, by name
 * ignoring case; or the default space when none was named.
 */
public final class SpaceResolver {

    private final Transport transport;

    public SpaceResolver(Transport transport) {
        this.transport = transport;
    }

    public Space resolve(String nameOrId) {
        List<Space> spaces =
                transport.get(transport.url("api", "spaces", "all"), Transport.listOf(Space.class));
        if (nameOrId == null) {
            return spaces.stream()
                    .filter(Space::isDefault)
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    notFound(
                                            "The server has no default space; name one with --space"
                                                    + " or FREIGHT_SPACE.",
                                            spaces));
        }
        String text = nameOrId.trim();
        return first(spaces, s -> text.equalsIgnoreCase(s.id()))
                .or(() -> first(spaces, s -> text.equals(s.name())))
                .or(() -> first(spaces, s -> text.equalsIgnoreCase(s.name())))
                .orElseThrow(
                        () ->
                                notFound(
                                        "Space '" + text + "' was not found on the server.",
                                        spaces));
    }

    private static Optional<Space> first(
            List<Space> spaces, java.util.function.Predicate<Space> test) {
        return spaces.stream().filter(test).findFirst();
    }

    private static ResourceNotFoundException notFound(String message, List<Space> spaces) {
        String known =
                spaces.isEmpty()
                        ? " The API key's user can see no space."
                        : " Spaces: "
                                + String.join(", ", spaces.stream().map(Space::name).toList())
                                + ".";
        return new ResourceNotFoundException(message + known, 404, null, List.of());
    }
}
