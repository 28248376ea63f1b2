package io.jenkins.plugins.freight.server.workers;

import io.jenkins.plugins.freight.engine.machine.HealthStatus;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.worker.Worker;
import io.jenkins.plugins.freight.engine.worker.WorkerFilter;
import io.jenkins.plugins.freight.engine.worker.WorkerService;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/{space}/workers}: list (filters {@code workerPoolIds}, {@code isDisabled}, {@code
 * healthStatuses}, {@code commStyles}), {@code /all}, get, create, update, delete.
 */
public final class WorkersResource {

    static final String TEMPLATE =
            "/workers{/id}{?skip,take,name,ids,partialName,isDisabled,healthStatuses,commStyles,"
                    + "workerPoolIds}";

    private final WorkerService workers;

    public WorkersResource(WorkerService workers) {
        this.workers = workers;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "workers", this::list)
                .get(space, "workers/all", this::all)
                .get(space, "workers/{id}", this::get)
                .post(space, "workers", this::create)
                .put(space, "workers/{id}", this::update)
                .delete(space, "workers/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Worker",
                        workers.list(r.caller(), r.spaceId(), Paging.query(r), filter(r.query()))
                                .map(w -> WorkerWire.of(w, r.links())),
                        r.inSpace("/workers"),
                        r.inSpace(TEMPLATE)));
    }

    private static WorkerFilter filter(QueryParameters q) {
        List<HealthStatus> statuses = new ArrayList<>();
        for (String name : q.list("healthStatuses")) {
            HealthStatus status = HealthStatus.fromOctopusName(name);
            if (status == null) {
                throw ApiProblem.badRequest(
                        "The health status '"
                                + name
                                + "' is not one of Healthy, HasWarnings, Unhealthy, Unavailable,"
                                + " Unknown.");
            }
            statuses.add(status);
        }
        return new WorkerFilter(
                q.list("workerPoolIds"), q.bool("isDisabled"), statuses, q.list("commStyles"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                workers
                        .list(r.caller(), r.spaceId(), ListQuery.all(), WorkerFilter.none())
                        .items()
                        .stream()
                        .map(w -> WorkerWire.of(w, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                WorkerWire.of(workers.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Worker created =
                workers.create(r.caller(), r.spaceId(), r.body(WorkerWire.class).toWorker(null));
        return Reply.created(WorkerWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        WorkerWire body = r.body(WorkerWire.class);
        Worker current = workers.get(r.caller(), r.spaceId(), r.path("id"));
        Worker saved =
                workers.modify(r.caller(), r.spaceId(), current.id(), body.toWorker(current));
        return Reply.ok(WorkerWire.of(saved, r.links()));
    }

    private Reply delete(ApiRequest r) {
        Worker current = workers.get(r.caller(), r.spaceId(), r.path("id"));
        workers.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
