package io.jenkins.plugins.freight.engine.worker;

import java.time.Instant;

/**
 * A named set of workers (Octopus {@code StaticWorkerPool}): a step that runs on the server names a
 * pool, and one of the pool's enabled workers runs it.
 *
 * @param id {@code WorkerPools-N}
 * @param name unique in the space (case-insensitive)
 * @param isDefault the pool steps use when they name none; exactly one per space
 * @param sortOrder where the pool appears in lists (lowest first)
 */
public record WorkerPool(
        String id,
        String spaceId,
        String name,
        String slug,
        String description,
        boolean isDefault,
        int sortOrder,
        Instant lastModifiedOn,
        String lastModifiedBy) {

    /** The pool every space starts with. */
    public static final String DEFAULT_NAME = "Default Worker Pool";

    public WorkerPool {
        description = description == null ? "" : description;
    }

    /** A new, not default pool. */
    public static WorkerPool named(String name) {
        return new WorkerPool(null, null, name, null, "", false, 0, null, null);
    }

    public WorkerPool withDescription(String value) {
        return new WorkerPool(
                id,
                spaceId,
                name,
                slug,
                value,
                isDefault,
                sortOrder,
                lastModifiedOn,
                lastModifiedBy);
    }

    public WorkerPool withDefault(boolean value) {
        return new WorkerPool(
                id,
                spaceId,
                name,
                slug,
                description,
                value,
                sortOrder,
                lastModifiedOn,
                lastModifiedBy);
    }

    public WorkerPool withName(String value) {
        return new WorkerPool(
                id,
                spaceId,
                value,
                slug,
                description,
                isDefault,
                sortOrder,
                lastModifiedOn,
                lastModifiedBy);
    }

    public WorkerPool withSortOrder(int value) {
        return new WorkerPool(
                id,
                spaceId,
                name,
                slug,
                description,
                isDefault,
                value,
                lastModifiedOn,
                lastModifiedBy);
    }

    WorkerPool stored(
            String newId,
            String newSpaceId,
            String newName,
            String newSlug,
            boolean newDefault,
            int newSortOrder,
            Instant on,
            String by) {
        return new WorkerPool(
                newId, newSpaceId, newName, newSlug, description, newDefault, newSortOrder, on, by);
    }
}
