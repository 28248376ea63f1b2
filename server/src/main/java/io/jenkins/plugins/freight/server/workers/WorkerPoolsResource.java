package io.jenkins.plugins.freight.server.workers;

import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.worker.WorkerFilter;
import io.jenkins.plugins.freight.engine.worker.WorkerPool;
import io.jenkins.plugins.freight.engine.worker.WorkerPoolService;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/workerpools}: list (by {@code SortOrder}), {@code /all}, get by id, slug or
 * name, create, update, delete, and {@code /{id}/workers} (the pool's workers, paged).
 */
public final class WorkerPoolsResource {

    static final String TEMPLATE = "/workerpools{/id}{?skip,take,ids,partialName,name}";

    private final WorkerPoolService pools;
    private final WorkerService workers;

    public WorkerPoolsResource(WorkerPoolService pools, WorkerService workers) {
        this.pools = pools;
        this.workers = workers;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "workerpools", this::list)
                .get(space, "workerpools/all", this::all)
                .get(space, "workerpools/{id}", this::get)
                .get(space, "workerpools/{id}/workers", this::workers)
                .post(space, "workerpools", this::create)
                .put(space, "workerpools/{id}", this::update)
                .delete(space, "workerpools/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "WorkerPool",
                        pools.list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(p -> WorkerPoolWire.of(p, r.links())),
                        r.inSpace("/workerpools"),
                        r.inSpace(TEMPLATE)));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                pools.list(r.caller(), r.spaceId(), ListQuery.all()).items().stream()
                        .map(p -> WorkerPoolWire.of(p, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                WorkerPoolWire.of(pools.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply workers(ApiRequest r) {
        WorkerPool pool = pools.get(r.caller(), r.spaceId(), r.path("id"));
        String path = "/workerpools/" + pool.id() + "/workers";
        return Reply.ok(
                Paging.collection(
                        r,
                        "Worker",
                        workers.list(
                                        r.caller(),
                                        r.spaceId(),
                                        Paging.query(r),
                                        WorkerFilter.pool(pool.id()))
                                .map(w -> WorkerWire.of(w, r.links())),
                        r.inSpace(path),
                        r.inSpace(path + "{?skip,take}")));
    }

    private Reply create(ApiRequest r) throws IOException {
        WorkerPool created =
                pools.create(
                        r.caller(), r.spaceId(), r.body(WorkerPoolWire.class).toWorkerPool(null));
        return Reply.created(WorkerPoolWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        WorkerPoolWire body = r.body(WorkerPoolWire.class);
        WorkerPool current = pools.get(r.caller(), r.spaceId(), r.path("id"));
        WorkerPool saved =
                pools.modify(r.caller(), r.spaceId(), current.id(), body.toWorkerPool(current));
        return Reply.ok(WorkerPoolWire.of(saved, r.links()));
    }

    private Reply delete(ApiRequest r) {
        WorkerPool current = pools.get(r.caller(), r.spaceId(), r.path("id"));
        pools.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
