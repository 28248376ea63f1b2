package io.jenkins.plugins.freight.server.users;

import io.jenkins.plugins.freight.engine.security.CreatedApiKey;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.Map;

/** The answer to creating an API key: the only response that carries the key, as a string. */
public record CreatedApiKeyWire(
        String id,
        String userId,
        String purpose,
        Instant created,
        Instant expires,
        String apiKey,
        Map<String, String> links) {

    static CreatedApiKeyWire of(CreatedApiKey created, Links l) {
        var key = created.key();
        return new CreatedApiKeyWire(
                key.id(),
                key.userId(),
                key.purpose(),
                key.created(),
                key.expires(),
                created.apiKey(),
                ApiKeyWire.links(key, l));
    }

    @Override
    public String toString() {
        return "CreatedApiKeyWire[" + id + "]";
    }
}
