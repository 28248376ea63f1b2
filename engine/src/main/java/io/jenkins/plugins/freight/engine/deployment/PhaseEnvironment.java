package io.jenkins.plugins.freight.engine.deployment;

import java.util.Objects;

/**
 * One environment of a lifecycle phase.
 *
 * @param environmentId {@code Environments-N}
 * @param name shown in refusal messages
 * @param automatic whether a release entering the phase is deployed here without anyone asking
 */
public record PhaseEnvironment(String environmentId, String name, boolean automatic) {

    public PhaseEnvironment {
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(name, "name");
    }
}
