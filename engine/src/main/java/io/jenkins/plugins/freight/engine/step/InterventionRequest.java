package io.jenkins.plugins.freight.engine.step;

import java.util.List;

/**
 * What a step asks a person (Octopus's interruption): a title, instructions, the teams allowed to
 * answer (empty: anyone who may deploy), and the answers offered.
 *
 * @param type {@code "ManualIntervention"} or {@code "GuidedFailure"}
 * @param options the answers, e.g. {@code Proceed}/{@code Abort} or {@code Fail}/{@code
 *     Retry}/{@code Ignore}/{@code Exclude}
 */
public record InterventionRequest(
        String type,
        String title,
        String instructions,
        List<String> responsibleTeamIds,
        List<String> options,
        boolean blockConcurrentDeployments) {

    public InterventionRequest {
        responsibleTeamIds = List.copyOf(responsibleTeamIds);
        options = List.copyOf(options);
    }
}
