package io.jenkins.plugins.freight.server.releases;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.release.Release;
import io.jenkins.plugins.freight.engine.release.ReleaseService;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * Releases: {@code releases/create/v1} (executions API), the classic {@code POST releases}, list
 * ({@code ids}), get, a project's releases (by version too) and a channel's, and {@code
 * snapshot-variables}.
 */
public final class ReleasesResource {

    private final ReleaseService releases;
    private final ChannelService channels;

    public ReleasesResource(ReleaseService releases, ChannelService channels) {
        this.releases = releases;
        this.channels = channels;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.post(space, "releases/create/v1", this::createV1)
                .post(space, "releases", this::createClassic)
                .get(space, "releases", this::list)
                .get(space, "releases/{id}", this::get)
                .post(space, "releases/{id}/snapshot-variables", this::snapshotVariables)
                .get(space, "projects/{project}/releases", this::ofProject)
                .get(space, "projects/{project}/releases/{version}", this::byVersion)
                .get(space, "channels/{channel}/releases", this::ofChannel);
    }

    private Reply createV1(ApiRequest r) throws IOException {
        ReleaseBodies.CreateV1 body = r.body(ReleaseBodies.CreateV1.class);
        Release release = releases.create(r.caller(), r.spaceId(), body.toRequest());
        return Reply.created(new ReleaseBodies.CreatedV1(release.id(), release.version()));
    }

    private Reply createClassic(ApiRequest r) throws IOException {
        ReleaseBodies.Classic body = r.body(ReleaseBodies.Classic.class);
        Boolean ignore = r.query().bool("ignoreChannelRules");
        Release release =
                releases.create(r.caller(), r.spaceId(), body.toRequest(ignore != null && ignore));
        return Reply.created(ReleaseWire.of(release, r.links()));
    }

    private Reply list(ApiRequest r) {
        QueryParameters q = r.query();
        int skip = q.integer("skip", 0, 0);
        int take = q.integer("take", 30, 0);
        Page<ReleaseWire> page =
                releases.list(r.caller(), r.spaceId(), q.list("ids"), skip, take)
                        .map(x -> ReleaseWire.of(x, r.links()));
        return Reply.ok(
                Paging.collection(
                        r,
                        "Release",
                        page,
                        r.inSpace("/releases"),
                        r.inSpace("/releases{/id}{?skip,ignoreChannelRules,take,ids}")));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                ReleaseWire.of(releases.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply snapshotVariables(ApiRequest r) {
        return Reply.ok(
                ReleaseWire.of(
                        releases.updateVariables(r.caller(), r.spaceId(), r.path("id")),
                        r.links()));
    }

    private Reply ofProject(ApiRequest r) {
        return Reply.ok(page(r, r.path("project"), null, "/projects/" + r.path("project")));
    }

    private Reply ofChannel(ApiRequest r) {
        Channel channel = channels.get(r.caller(), r.spaceId(), r.path("channel"));
        return Reply.ok(page(r, channel.projectId(), channel.id(), "/channels/" + channel.id()));
    }

    private Object page(ApiRequest r, String project, String channel, String base) {
        QueryParameters q = r.query();
        int skip = q.integer("skip", 0, 0);
        int take = q.integer("take", 30, 0);
        Page<ReleaseWire> page =
                releases.listByProject(
                                r.caller(),
                                r.spaceId(),
                                project,
                                channel,
                                q.nonBlank("searchByVersion"),
                                skip,
                                take)
                        .map(x -> ReleaseWire.of(x, r.links()));
        return Paging.collection(
                r,
                "Release",
                page,
                r.inSpace(base + "/releases"),
                r.inSpace(base + "/releases{/version}{?skip,take,searchByVersion}"));
    }

    private Reply byVersion(ApiRequest r) {
        return Reply.ok(
                ReleaseWire.of(
                        releases.getByVersion(
                                r.caller(), r.spaceId(), r.path("project"), r.path("version")),
                        r.links()));
    }
}
