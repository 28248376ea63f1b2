package io.jenkins.plugins.freight.server.users;

import io.jenkins.plugins.freight.engine.security.ApiKey;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.Map;

/**
 * An API key as listed: the key itself is never returned again, only a sensitive-value object with
 * a hint ({@code {HasValue, Hint, NewValue: null}}), the shape Go's client reads.
 */
public record ApiKeyWire(
        String id,
        String userId,
        String purpose,
        Instant created,
        Instant expires,
        SensitiveValue apiKey,
        Map<String, String> links) {

    /** Octopus's write-only value: whether there is one and a hint of it. */
    public record SensitiveValue(boolean hasValue, String hint, String newValue) {}

    static ApiKeyWire of(ApiKey key, Links l) {
        return new ApiKeyWire(
                key.id(),
                key.userId(),
                key.purpose(),
                key.created(),
                key.expires(),
                new SensitiveValue(true, key.hint(), null),
                links(key, l));
    }

    static Map<String, String> links(ApiKey key, Links l) {
        String user = "/users/" + Links.segment(key.userId());
        return Links.of(
                "Self", l.api(user + "/apikeys/" + Links.segment(key.id())), "User", l.api(user));
    }
}
