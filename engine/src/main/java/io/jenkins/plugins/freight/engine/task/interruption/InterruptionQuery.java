package io.jenkins.plugins.freight.engine.task.interruption;

import io.jenkins.plugins.freight.engine.error.InvalidInputException;
import java.util.List;

/**
 * Filters for {@link InterruptionService#list} (Octopus's {@code /interruptions} query).
 *
 * @param spaceId only this space, or null for all
 * @param ids only these interruptions (unknown ids are simply absent)
 * @param regarding only interruptions regarding this document: a task, deployment, project or
 *     environment id
 * @param pendingOnly only unanswered ones
 * @param skip paging
 * @param take paging
 */
public record InterruptionQuery(
        String spaceId,
        List<String> ids,
        String regarding,
        boolean pendingOnly,
        int skip,
        int take) {

    public InterruptionQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        if (skip < 0 || take < 0) {
            throw new InvalidInputException("skip and take must not be negative");
        }
    }

    public static InterruptionQuery inSpace(String spaceId) {
        return new InterruptionQuery(spaceId, List.of(), null, false, 0, 30);
    }

    public InterruptionQuery regarding(String documentId) {
        return new InterruptionQuery(spaceId, ids, documentId, pendingOnly, skip, take);
    }

    public InterruptionQuery pendingOnly(boolean value) {
        return new InterruptionQuery(spaceId, ids, regarding, value, skip, take);
    }

    public InterruptionQuery withIds(List<String> value) {
        return new InterruptionQuery(spaceId, value, regarding, pendingOnly, skip, take);
    }

    public InterruptionQuery page(int skipValue, int takeValue) {
        return new InterruptionQuery(spaceId, ids, regarding, pendingOnly, skipValue, takeValue);
    }
}
