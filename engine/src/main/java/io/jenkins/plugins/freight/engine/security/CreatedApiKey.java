package io.jenkins.plugins.freight.engine.security;

/**
 * A freshly created API key: the only time the key itself is available. It is never logged; {@link
 * #toString()} leaves it out.
 */
public record CreatedApiKey(ApiKey key, String apiKey) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + key + "]";
    }
}
