package io.jenkins.plugins.freight.server.events;

import io.jenkins.plugins.freight.engine.audit.AuditEvent;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Event} resource. */
public record EventWire(
        String id,
        List<String> relatedDocumentIds,
        String category,
        String userId,
        String username,
        boolean isService,
        String identityEstablishedWith,
        String userAgent,
        Instant occurred,
        String message,
        String messageHtml,
        List<Object> messageReferences,
        String comments,
        String details,
        ChangeDetailsWire changeDetails,
        String ipAddress,
        String apiKeyId,
        String spaceId,
        Long autoId,
        Map<String, String> links) {

    /** The differences of a change: a JSON Patch as text. */
    public record ChangeDetailsWire(String documentContext, String differences) {}

    static EventWire of(AuditEvent e, Links l) {
        return new EventWire(
                e.id(),
                e.relatedDocumentIds(),
                e.category().name(),
                e.userId(),
                e.username(),
                e.isService(),
                e.identityEstablishedWith(),
                null,
                e.occurred(),
                e.message(),
                e.message(),
                List.of(),
                null,
                null,
                e.differences() == null ? null : new ChangeDetailsWire(null, e.differences()),
                e.ipAddress(),
                e.apiKeyId(),
                e.spaceId(),
                e.autoId(),
                Links.of("Self", l.api("/events/" + Links.segment(e.id()))));
    }
}
