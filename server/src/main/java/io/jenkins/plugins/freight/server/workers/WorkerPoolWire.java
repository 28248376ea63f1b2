package io.jenkins.plugins.freight.server.workers;

import io.jenkins.plugins.freight.engine.worker.WorkerPool;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.Links;
import io.jenkins.plugins.freight.server.http.Merge;
import java.time.Instant;
import java.util.Map;

/**
 * The Octopus {@code WorkerPool} resource (static pools only: {@code WorkerPoolType:
 * StaticWorkerPool}, {@code CanAddWorkers: true}); also the body of creates and updates.
 */
public record WorkerPoolWire(
        String id,
        String name,
        String slug,
        String description,
        Boolean isDefault,
        Integer sortOrder,
        String workerPoolType,
        Boolean canAddWorkers,
        String spaceId,
        Instant lastModifiedOn,
        String lastModifiedBy,
        Map<String, String> links) {

    static final String STATIC = "StaticWorkerPool";

    static WorkerPoolWire of(WorkerPool p, Links l) {
        String self = "/" + Links.segment(p.spaceId()) + "/workerpools/" + Links.segment(p.id());
        return new WorkerPoolWire(
                p.id(),
                p.name(),
                p.slug(),
                p.description(),
                p.isDefault(),
                p.sortOrder(),
                STATIC,
                true,
                p.spaceId(),
                p.lastModifiedOn(),
                p.lastModifiedBy(),
                Links.of(
                        "Self", l.api(self),
                        "Workers", l.api(self + "/workers{?skip,take}")));
    }

    /** The engine document this body describes; absent properties keep {@code current}'s. */
    WorkerPool toWorkerPool(WorkerPool current) {
        if (workerPoolType != null && !STATIC.equalsIgnoreCase(workerPoolType)) {
            throw ApiProblem.badRequest(
                    "The WorkerPoolType '"
                            + workerPoolType
                            + "' is not supported; Freight has StaticWorkerPool pools of SSH"
                            + " workers.");
        }
        return new WorkerPool(
                current == null ? null : current.id(),
                current == null ? null : current.spaceId(),
                Merge.pick(name, current == null ? null : current.name(), null),
                Merge.slug(slug, current == null ? null : current.slug()),
                Merge.pick(description, current == null ? null : current.description(), ""),
                Merge.pick(isDefault, current == null ? null : current.isDefault(), false),
                Merge.pick(sortOrder, current == null ? null : current.sortOrder(), 0),
                null,
                null);
    }
}
