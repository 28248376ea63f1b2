package io.jenkins.plugins.freight.engine.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters of the audit log, as {@code /api/events} takes them. Empty lists and null bounds do not
 * filter. Results are newest first.
 *
 * @param spaceIds events of these spaces (empty: every space the caller asked about)
 * @param includeSystem also events with no space (users, teams, roles, sign-ins)
 * @param documentIds events regarding any of these documents
 * @param from inclusive; {@code to} exclusive
 * @param fromAutoId only events numbered at least this (null: no bound)
 * @param toAutoId only events numbered at most this: keyset paging from the last page's smallest
 */
public record EventQuery(
        List<String> spaceIds,
        boolean includeSystem,
        List<String> userIds,
        List<String> projectIds,
        List<String> environmentIds,
        Set<EventCategory> categories,
        List<String> documentIds,
        Instant from,
        Instant to,
        Long fromAutoId,
        Long toAutoId,
        int skip,
        int take) {

    /** The largest page; larger requests are cut to it. */
    public static final int MAX_TAKE = 1000;

    /** Deeper pages use {@code toAutoId} (keyset paging), which stays fast at any depth. */
    public static final int MAX_SKIP = 10_000;

    public EventQuery {
        spaceIds = spaceIds == null ? List.of() : List.copyOf(spaceIds);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        environmentIds = environmentIds == null ? List.of() : List.copyOf(environmentIds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** Everything in a space (and the system events when {@code includeSystem}), 30 per page. */
    public static EventQuery inSpace(String spaceId, boolean includeSystem) {
        return new EventQuery(
                spaceId == null ? List.of() : List.of(spaceId),
                includeSystem || spaceId == null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                30);
    }

    public EventQuery page(int skipValue, int takeValue) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                environmentIds,
                categories,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoId,
                skipValue,
                takeValue);
    }

    public EventQuery withCategories(Set<EventCategory> value) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                environmentIds,
                value,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery withUsers(List<String> value) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                value,
                projectIds,
                environmentIds,
                categories,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery withProjects(List<String> value) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                value,
                environmentIds,
                categories,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery withEnvironments(List<String> value) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                value,
                categories,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery withDocuments(List<String> value) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                environmentIds,
                categories,
                value,
                from,
                to,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery between(Instant fromValue, Instant toValue) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                environmentIds,
                categories,
                documentIds,
                fromValue,
                toValue,
                fromAutoId,
                toAutoId,
                skip,
                take);
    }

    public EventQuery upTo(Long toAutoIdValue) {
        return new EventQuery(
                spaceIds,
                includeSystem,
                userIds,
                projectIds,
                environmentIds,
                categories,
                documentIds,
                from,
                to,
                fromAutoId,
                toAutoIdValue,
                skip,
                take);
    }
}
