package io.jenkins.plugins.freight.engine.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit event as stored; immutable, never updated or deleted.
 *
 * @param id {@code Events-N}
 * @param autoId the increasing number behind the id, for keyset paging
 * @param spaceId null for system events
 * @param userId who acted ({@code Users-N}, or {@code system})
 * @param identityEstablishedWith how the caller authenticated (API key, session, Jenkins, system)
 * @param apiKeyId the API key used, or null
 * @param ipAddress the client address, or null for in-process callers
 * @param differences a JSON Patch (RFC 6902) from the old document to the new one, sensitive values
 *     redacted; null when the event is not about a document change
 */
public record AuditEvent(
        String id,
        long autoId,
        String spaceId,
        EventCategory category,
        Instant occurred,
        String userId,
        String username,
        boolean isService,
        String identityEstablishedWith,
        String apiKeyId,
        String ipAddress,
        String projectId,
        String environmentId,
        String tenantId,
        String message,
        List<String> relatedDocumentIds,
        String differences) {

    public AuditEvent {
        relatedDocumentIds = List.copyOf(relatedDocumentIds);
    }
}
