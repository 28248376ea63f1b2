package io.jenkins.plugins.freight.engine.worker;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.space.Documents;
import java.util.List;

/**
 * Which workers a list returns, on top of the usual {@code ids}/{@code name}/{@code partialName}
 * query: each non-empty list must match (any of its values), a null {@code isDisabled} matches
 * both.
 *
 * @param workerPoolIds in any of these pools
 * @param healthStatuses with any of these health statuses
 * @param communicationStyles with any of these endpoint styles (e.g. {@code Ssh})
 */
public record WorkerFilter(
        List<String> workerPoolIds,
        Boolean isDisabled,
        List<HealthStatus> healthStatuses,
        List<String> communicationStyles) {

    public WorkerFilter {
        workerPoolIds = Documents.listCopy(workerPoolIds);
        healthStatuses = Documents.listCopy(healthStatuses);
        communicationStyles = Documents.listCopy(communicationStyles);
    }

    public static WorkerFilter none() {
        return new WorkerFilter(List.of(), null, List.of(), List.of());
    }

    public static WorkerFilter pool(String workerPoolId) {
        return new WorkerFilter(List.of(workerPoolId), null, List.of(), List.of());
    }

    /** Whether a worker passes the filters that are not indexed (health, endpoint style). */
    boolean matchesDocument(Worker w) {
        boolean health = healthStatuses.isEmpty() || healthStatuses.contains(w.health().status());
        boolean style =
                communicationStyles.isEmpty()
                        || (w.endpoint() != null
                                && communicationStyles.stream()
                                        .anyMatch(
                                                s ->
                                                        s.equalsIgnoreCase(
                                                                w.endpoint()
                                                                        .communicationStyle())));
        return health && style;
    }

    boolean needsDocumentFilter() {
        return !healthStatuses.isEmpty() || !communicationStyles.isEmpty();
    }
}
