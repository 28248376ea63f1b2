package io.jenkins.plugins.freight.client.interruption;

import io.jenkins.plugins.freight.client.transport.Links;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A task waiting for a person: a manual intervention or a guided-failure decision.
 *
 * @param type {@code ManualIntervention} or {@code GuidedFailure}
 */
public record Interruption(
        String id,
        String title,
        String type,
        OffsetDateTime created,
        boolean isPending,
        String taskId,
        String responsibleUserId,
        List<String> relatedDocumentIds,
        Map<String, String> links) {

    public Interruption {
        relatedDocumentIds = Links.copy(relatedDocumentIds);
        links = Links.copy(links);
    }
}
