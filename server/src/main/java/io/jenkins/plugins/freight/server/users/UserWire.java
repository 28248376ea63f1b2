package io.jenkins.plugins.freight.server.users;

import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code User} resource. */
public record UserWire(
        String id,
        String username,
        String displayName,
        boolean isActive,
        boolean isService,
        String emailAddress,
        boolean canPasswordBeEdited,
        boolean isRequestor,
        List<Object> identities,
        Instant created,
        Map<String, String> links) {

    public static UserWire of(User user, Links l) {
        String self = "/users/" + Links.segment(user.id());
        return new UserWire(
                user.id(),
                user.username(),
                user.displayName(),
                user.active(),
                user.service(),
                user.emailAddress(),
                false,
                false,
                List.of(),
                user.created(),
                Links.of(
                        "Self", l.api(self),
                        "Permissions", l.api(self + "/permissions{?spaces,includeSystem}"),
                        "PermissionsConfiguration", l.api(self + "/permissions/configuration"),
                        "ApiKeys", l.api(self + "/apikeys{/id}{?skip,take}"),
                        "Spaces", l.api(self + "/spaces"),
                        "Teams", l.api(self + "/teams{?spaces,includeSystem}"),
                        "Avatar", ""));
    }
}
