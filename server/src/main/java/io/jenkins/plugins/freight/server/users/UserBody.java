package io.jenkins.plugins.freight.server.users;

import io.jenkins.plugins.freight.engine.security.User;
import io.jenkins.plugins.freight.engine.security.UserDetails;

/**
 * What clients send to create or update a user; {@code IsActive} defaults to true. {@code Password}
 * (write-only, as in Octopus) sets the password the user signs in to the web UI with.
 */
record UserBody(
        String username,
        String displayName,
        String emailAddress,
        Boolean isActive,
        Boolean isService,
        String password) {

    /** Whether the body changes more than the password. */
    boolean changesDetails() {
        return username != null || displayName != null || emailAddress != null || isActive != null;
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "UserBody[" + username + "]";
    }

    UserDetails toDetails() {
        return new UserDetails(
                username,
                displayName,
                emailAddress,
                isActive == null || isActive,
                isService != null && isService);
    }

    /** Full-document update: fields the client left out keep their current values. */
    UserDetails toDetails(User current) {
        return new UserDetails(
                username == null ? current.username() : username,
                displayName == null ? current.displayName() : displayName,
                emailAddress == null ? current.emailAddress() : emailAddress,
                isActive == null ? current.active() : isActive,
                current.service());
    }
}
