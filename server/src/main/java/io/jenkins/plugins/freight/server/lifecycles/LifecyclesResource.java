package io.jenkins.plugins.freight.server.lifecycles;

import io.jenkins.plugins.freight.engine.lifecycle.Lifecycle;
import io.jenkins.plugins.freight.engine.lifecycle.LifecycleService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/lifecycles}: list, {@code /all}, get, create, update, delete, and {@code
 * /{id}/preview} (the lifecycle with its effective phases).
 */
public final class LifecyclesResource {

    private final LifecycleService lifecycles;

    public LifecyclesResource(LifecycleService lifecycles) {
        this.lifecycles = lifecycles;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "lifecycles", this::list)
                .get(space, "lifecycles/all", this::all)
                .get(space, "lifecycles/{id}", this::get)
                .get(space, "lifecycles/{id}/preview", this::preview)
                .post(space, "lifecycles", this::create)
                .put(space, "lifecycles/{id}", this::update)
                .delete(space, "lifecycles/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Lifecycle",
                        lifecycles
                                .list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(c -> LifecycleWire.of(c, r.links())),
                        r.inSpace("/lifecycles"),
                        r.inSpace("/lifecycles{/id}{?skip,take,ids,partialName,name}")));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                lifecycles.list(r.caller(), r.spaceId(), ListQuery.all()).items().stream()
                        .map(c -> LifecycleWire.of(c, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                LifecycleWire.of(lifecycles.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply preview(ApiRequest r) {
        Lifecycle c = lifecycles.get(r.caller(), r.spaceId(), r.path("id"));
        Lifecycle effective =
                new Lifecycle(
                        c.id(),
                        c.spaceId(),
                        c.name(),
                        c.slug(),
                        c.description(),
                        lifecycles.effectivePhases(r.caller(), r.spaceId(), c.id()),
                        c.releaseRetentionPolicy(),
                        c.tentacleRetentionPolicy(),
                        c.lastModifiedOn(),
                        c.lastModifiedBy());
        return Reply.ok(LifecycleWire.of(effective, r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Lifecycle created =
                lifecycles.create(
                        r.caller(), r.spaceId(), r.body(LifecycleWire.class).toLifecycle(null));
        return Reply.created(LifecycleWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        LifecycleWire body = r.body(LifecycleWire.class);
        Lifecycle current = lifecycles.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                LifecycleWire.of(
                        lifecycles.modify(
                                r.caller(), r.spaceId(), current.id(), body.toLifecycle(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Lifecycle current = lifecycles.get(r.caller(), r.spaceId(), r.path("id"));
        lifecycles.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
