package io.jenkins.plugins.freight.plugin.config;

import io.jenkins.plugins.freight.client.ConnectionSettings;
import io.jenkins.plugins.freight.client.FreightClient;
import io.jenkins.plugins.freight.client.discovery.RootDocument;
import io.jenkins.plugins.freight.client.error.FreightClientException;
import io.jenkins.plugins.freight.client.space.Space;
import io.jenkins.plugins.freight.plugin.Messages;
import io.jenkins.plugins.freight.plugin.console.SecretMasker;
import java.util.List;

/**
 * "Test connection": checks, in order, that the URL answers as an Octopus-compatible server, that
 * the API key is accepted, and that the space exists, and says which check failed. Messages never
 * contain the key.
 */
public final class ConnectionCheck {

    /** Which check failed; {@code null} when all passed. */
    public enum Failure {
        URL,
        API_KEY,
        SPACE
    }

    /** The outcome: what failed (or nothing) and one sentence for the person who asked. */
    public record Outcome(Failure failure, String message) {
        public boolean ok() {
            return failure == null;
        }
    }

    private ConnectionCheck() {}

    public static Outcome run(ConnectionSettings settings) {
        SecretMasker masker =
                SecretMasker.of(settings.apiKey() == null ? List.of() : List.of(settings.apiKey()));
        try (FreightClient anonymous = FreightClient.create(settings.withApiKey(null));
                FreightClient client = FreightClient.create(settings)) {
            RootDocument root;
            try {
                root = anonymous.root();
            } catch (FreightClientException | IllegalArgumentException e) {
                return new Outcome(Failure.URL, Messages.Connection_UrlFailed(text(e, masker)));
            }
            try {
                client.transport().get(client.transport().url("api", "users", "me"), Object.class);
            } catch (FreightClientException e) {
                return new Outcome(Failure.API_KEY, Messages.Connection_KeyFailed(text(e, masker)));
            }
            Space space;
            try {
                space = client.space();
            } catch (FreightClientException e) {
                return new Outcome(Failure.SPACE, Messages.Connection_SpaceFailed(text(e, masker)));
            }
            return new Outcome(
                    null,
                    Messages.Connection_Ok(
                            root.application(),
                            root.version(),
                            settings.serverUrl(),
                            space.name()));
        }
    }

    private static String text(RuntimeException e, SecretMasker masker) {
        return masker.mask(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
