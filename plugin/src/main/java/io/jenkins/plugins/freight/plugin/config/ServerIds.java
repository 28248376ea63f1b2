package io.jenkins.plugins.freight.plugin.config;

import io.jenkins.plugins.freight.plugin.Messages;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a server ID may look like: letters, digits, dots, dashes, underscores, 1 to 64 of them. */
public final class ServerIds {

    /** The ID of the embedded engine when the configuration is new. */
    public static final String EMBEDDED = "embedded";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ServerIds() {}

    /** The problem with an ID, or empty when it is fine. */
    public static Optional<String> check(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of(Messages.Servers_IdRequired());
        }
        return VALID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of(Messages.Servers_IdInvalid());
    }
}
