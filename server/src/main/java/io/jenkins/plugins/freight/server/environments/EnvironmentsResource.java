package io.jenkins.plugins.freight.server.environments;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.freight.engine.environment.Environment;
import io.jenkins.plugins.freight.engine.environment.EnvironmentService;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/{space}/environments}: list (sorted by {@code SortOrder}), {@code /all}, {@code /v2},
 * get by id, slug or name, create, update, delete, and {@code sortorder}.
 */
public final class EnvironmentsResource {

    private static final String TEMPLATE = "/environments{/id}{?name,skip,ids,take,partialName}";

    private final EnvironmentService environments;

    public EnvironmentsResource(EnvironmentService environments) {
        this.environments = environments;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "environments", this::list)
                .get(space, "environments/v2", this::list)
                .get(space, "environments/all", this::all)
                .get(space, "environments/{id}", this::get)
                .post(space, "environments", this::create)
                .put(space, "environments/sortorder", this::sortOrder)
                .put(space, "environments/{id}", this::update)
                .delete(space, "environments/{id}", this::delete);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Environment",
                        environments
                                .list(r.caller(), r.spaceId(), Paging.query(r))
                                .map(e -> EnvironmentWire.of(e, r.links())),
                        r.inSpace("/environments"),
                        r.inSpace(TEMPLATE)));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                environments.all(r.caller(), r.spaceId()).stream()
                        .map(e -> EnvironmentWire.of(e, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                EnvironmentWire.of(
                        environments.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Environment created =
                environments.create(
                        r.caller(), r.spaceId(), r.body(EnvironmentWire.class).toEnvironment(null));
        return Reply.created(EnvironmentWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        EnvironmentWire body = r.body(EnvironmentWire.class);
        Environment current = environments.get(r.caller(), r.spaceId(), r.path("id"));
        Environment saved =
                environments.modify(
                        r.caller(), r.spaceId(), current.id(), body.toEnvironment(current));
        return Reply.ok(EnvironmentWire.of(saved, r.links()));
    }

    private Reply delete(ApiRequest r) {
        Environment current = environments.get(r.caller(), r.spaceId(), r.path("id"));
        environments.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }

    /** The body is the ids in their new order, as a JSON array of strings. */
    private Reply sortOrder(ApiRequest r) throws IOException {
        JsonNode body = r.bodyTree();
        if (!body.isArray()) {
            throw ApiProblem.badRequest("The body must be a JSON array of environment ids.");
        }
        List<String> ids = new ArrayList<>();
        body.forEach(id -> ids.add(id.asText()));
        return Reply.ok(
                environments.reorder(r.caller(), r.spaceId(), ids).stream()
                        .map(e -> EnvironmentWire.of(e, r.links()))
                        .toList());
    }
}
