package io.jenkins.plugins.freight.engine.deployment;

import java.util.List;
import java.util.Objects;

/**
 * The lifecycle a release progresses through: the channel's lifecycle when it overrides the
 * project's, otherwise the project's.
 *
 * @param lifecycleName shown in refusal messages
 * @param phases the effective phases, in order
 */
public record LifecycleProgression(String lifecycleName, List<ProgressionPhase> phases) {

    public LifecycleProgression {
        Objects.requireNonNull(lifecycleName, "lifecycleName");
        phases = List.copyOf(phases);
    }
}
