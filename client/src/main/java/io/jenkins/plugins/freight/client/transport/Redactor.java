package io.jenkins.plugins.freight.client.transport;

/**
 * Removes a secret from text that came from elsewhere (a server's error message, an exception)
 * before it reaches a message or a log line.
 */
public record Redactor(String secret) {

    public static final String MASK = "****";

    /** A redactor that changes nothing. */
    public static Redactor none() {
        return new Redactor(null);
    }

    public String redact(String text) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    @Override
    public String toString() {
        return "Redactor[" + (secret == null ? "none" : MASK) + "]";
    }
}
