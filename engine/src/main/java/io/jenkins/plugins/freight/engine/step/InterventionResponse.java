package io.jenkins.plugins.freight.engine.step;

/**
 * A person's answer to an {@link InterventionRequest}.
 *
 * @param result the chosen option, e.g. {@code Proceed}
 * @param notes free text the person wrote
 */
public record InterventionResponse(
        String result,
        String notes,
        String userId,
        String username,
        String displayName,
        String emailAddress) {}
