package io.jenkins.plugins.freight.server.buildinformation;

import io.jenkins.plugins.freight.engine.feed.BuildInformation;
import io.jenkins.plugins.freight.engine.feed.BuildInformationService;
import io.jenkins.plugins.freight.engine.feed.FeedPage;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.feed.PackageQuery;
import io.jenkins.plugins.freight.engine.feed.PushResult;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/** {@code /api/{space}/build-information}: push, list, get, delete. */
public final class BuildInformationResource {

    private final BuildInformationService buildInformation;

    public BuildInformationResource(BuildInformationService buildInformation) {
        this.buildInformation = buildInformation;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.post(space, "build-information", this::push)
                .get(space, "build-information", this::list)
                .get(space, "build-information/{id}", this::get)
                .delete(space, "build-information/{id}", this::delete);
    }

    private Reply push(ApiRequest r) throws IOException {
        BuildInformationBody body = r.body(BuildInformationBody.class);
        String mode = r.query().nonBlank("overwriteMode");
        OverwriteMode overwrite = OverwriteMode.parse(mode != null ? mode : body.overwriteMode());
        BuildInformationService.PushOutcome outcome =
                buildInformation.push(r.caller(), r.spaceId(), body.toRequest(), overwrite);
        BuildInformationWire wire = BuildInformationWire.of(outcome.buildInformation(), r.links());
        return outcome.outcome() == PushResult.Outcome.CREATED
                ? Reply.created(wire)
                : Reply.ok(wire);
    }

    private Reply list(ApiRequest r) {
        QueryParameters q = r.query();
        Boolean latest = q.bool("latest");
        PackageQuery query =
                new PackageQuery(
                        q.nonBlank("filter"),
                        q.nonBlank("packageId"),
                        latest != null && latest,
                        q.integer("skip", 0, 0),
                        q.integer("take", PackageQuery.DEFAULT_TAKE, 0));
        FeedPage<BuildInformation> found = buildInformation.list(r.caller(), r.spaceId(), query);
        Page<BuildInformationWire> page =
                new Page<>(
                        found.items().stream()
                                .map(b -> BuildInformationWire.of(b, r.links()))
                                .toList(),
                        found.totalResults(),
                        found.skip(),
                        found.take());
        return Reply.ok(
                Paging.collection(
                        r,
                        "BuildInformation",
                        page,
                        r.inSpace("/build-information"),
                        r.inSpace(
                                "/build-information{/id}{?filter,packageId,latest,skip,take,"
                                        + "overwriteMode}")));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                BuildInformationWire.of(
                        buildInformation.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply delete(ApiRequest r) {
        buildInformation.delete(r.caller(), r.spaceId(), r.path("id"));
        return Reply.empty();
    }
}
