package io.jenkins.plugins.freight.server.spaces;

import io.jenkins.plugins.freight.engine.security.IdentityService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.engine.space.Space;
import io.jenkins.plugins.freight.engine.space.SpaceService;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/spaces}: list, {@code /all}, get by id, slug or name, create, update; and {@code
 * /api/users/{id}/spaces}, the plain array C# reads to find the default space.
 */
public final class SpacesResource {

    private final SpaceService spaces;
    private final IdentityService identity;

    public SpacesResource(SpaceService spaces, IdentityService identity) {
        this.spaces = spaces;
        this.identity = identity;
    }

    public void register(Router router) {
        Router.Scope system = Router.Scope.SYSTEM;
        router.get(system, "spaces", this::list)
                .get(system, "spaces/all", this::all)
                .get(system, "spaces/{id}", this::get)
                .post(system, "spaces", this::create)
                .put(system, "spaces/{id}", this::update)
                .get(system, "users/{id}/spaces", this::ofUser);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Space",
                        spaces.list(r.caller(), Paging.query(r))
                                .map(s -> SpaceWire.of(s, r.links())),
                        "/spaces",
                        "/spaces{/id}{?skip,ids,take,partialName}"));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                spaces.list(r.caller(), ListQuery.all()).items().stream()
                        .map(s -> SpaceWire.of(s, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(SpaceWire.of(spaces.get(r.caller(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Space created = spaces.create(r.caller(), r.body(SpaceBody.class).toSpace(null));
        return Reply.created(SpaceWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        Space current = spaces.get(r.caller(), r.path("id"));
        Space changed = r.body(SpaceBody.class).toSpace(current);
        return Reply.ok(SpaceWire.of(spaces.modify(r.caller(), current.id(), changed), r.links()));
    }

    /** The spaces a user may work in: without teams yet, every space. */
    private Reply ofUser(ApiRequest r) {
        String id = r.path("id");
        identity.getUser(r.caller(), id.equalsIgnoreCase("me") ? r.caller().userId() : id);
        return all(r);
    }
}
