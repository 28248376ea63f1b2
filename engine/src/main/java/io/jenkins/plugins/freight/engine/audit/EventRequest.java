package io.jenkins.plugins.freight.engine.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a service tells the audit log about one change or deployment action. {@code before} and
 * {@code after} are the document as it was and as it is (records, maps; null when there is none):
 * the log stores the differences, with sensitive values redacted, never the documents themselves.
 * {@link #toString()} leaves them out.
 *
 * @param spaceId null for system documents (users, teams, roles)
 * @param relatedDocumentIds the document first, then what it belongs to (project, environment …)
 */
public record EventRequest(
        String spaceId,
        EventCategory category,
        String message,
        List<String> relatedDocumentIds,
        String projectId,
        String environmentId,
        String tenantId,
        Object before,
        Object after) {

    public EventRequest {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (relatedDocumentIds != null) {
            relatedDocumentIds.stream().filter(Objects::nonNull).forEach(ids::add);
        }
        for (String id : new String[] {projectId, environmentId, tenantId}) {
            if (id != null) {
                ids.add(id);
            }
        }
        relatedDocumentIds = List.copyOf(new ArrayList<>(ids));
    }

    /** A document was created. */
    public static EventRequest created(
            String spaceId, String documentId, String message, Object after) {
        return new EventRequest(
                spaceId,
                EventCategory.Created,
                message,
                List.of(documentId),
                null,
                null,
                null,
                null,
                after);
    }

    /** A document was changed from {@code before} to {@code after}. */
    public static EventRequest modified(
            String spaceId, String documentId, String message, Object before, Object after) {
        return new EventRequest(
                spaceId,
                EventCategory.Modified,
                message,
                List.of(documentId),
                null,
                null,
                null,
                before,
                after);
    }

    /** A document was deleted. */
    public static EventRequest deleted(
            String spaceId, String documentId, String message, Object before) {
        return new EventRequest(
                spaceId,
                EventCategory.Deleted,
                message,
                List.of(documentId),
                null,
                null,
                null,
                before,
                null);
    }

    /** Any category, without document contents. */
    public static EventRequest of(
            String spaceId,
            EventCategory category,
            String message,
            List<String> relatedDocumentIds) {
        return new EventRequest(
                spaceId, category, message, relatedDocumentIds, null, null, null, null, null);
    }

    public EventRequest withProject(String value) {
        return new EventRequest(
                spaceId,
                category,
                message,
                relatedDocumentIds,
                value,
                environmentId,
                tenantId,
                before,
                after);
    }

    public EventRequest withEnvironment(String value) {
        return new EventRequest(
                spaceId,
                category,
                message,
                relatedDocumentIds,
                projectId,
                value,
                tenantId,
                before,
                after);
    }

    public EventRequest withTenant(String value) {
        return new EventRequest(
                spaceId,
                category,
                message,
                relatedDocumentIds,
                projectId,
                environmentId,
                value,
                before,
                after);
    }

    @Override
    public String toString() {
        return "EventRequest[" + category + " " + relatedDocumentIds + ": " + message + "]";
    }
}
