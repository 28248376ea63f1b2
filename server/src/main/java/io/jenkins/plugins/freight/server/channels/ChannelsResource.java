package io.jenkins.plugins.freight.server.channels;

import io.jenkins.plugins.freight.engine.channel.Channel;
import io.jenkins.plugins.freight.engine.channel.ChannelService;
import io.jenkins.plugins.freight.engine.space.ListQuery;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * {@code /api/{space}/channels} and {@code /api/{space}/projects/{project}/channels}: list, {@code
 * /all}, get, create, update, delete.
 */
public final class ChannelsResource {

    private final ChannelService channels;

    public ChannelsResource(ChannelService channels) {
        this.channels = channels;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "channels", this::list)
                .get(space, "channels/all", this::all)
                .get(space, "channels/{id}", this::get)
                .post(space, "channels", this::create)
                .put(space, "channels/{id}", this::update)
                .delete(space, "channels/{id}", this::delete)
                .get(space, "projects/{project}/channels", this::ofProject)
                .get(space, "projects/{project}/channels/{id}", this::get);
    }

    private Reply list(ApiRequest r) {
        return Reply.ok(
                Paging.collection(
                        r,
                        "Channel",
                        channels.list(r.caller(), r.spaceId(), Paging.query(r), null)
                                .map(c -> ChannelWire.of(c, r.links())),
                        r.inSpace("/channels"),
                        r.inSpace("/channels{/id}{?skip,take,ids,partialName}")));
    }

    private Reply ofProject(ApiRequest r) {
        String project = r.path("project");
        String path = "/projects/" + project + "/channels";
        return Reply.ok(
                Paging.collection(
                        r,
                        "Channel",
                        channels.list(r.caller(), r.spaceId(), Paging.query(r), project)
                                .map(c -> ChannelWire.of(c, r.links())),
                        r.inSpace(path),
                        r.inSpace(path + "{/id}{?skip,take,partialName}")));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(
                channels.list(r.caller(), r.spaceId(), ListQuery.all(), null).items().stream()
                        .map(c -> ChannelWire.of(c, r.links()))
                        .toList());
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(
                ChannelWire.of(channels.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply create(ApiRequest r) throws IOException {
        Channel created =
                channels.create(r.caller(), r.spaceId(), r.body(ChannelWire.class).toChannel(null));
        return Reply.created(ChannelWire.of(created, r.links()));
    }

    private Reply update(ApiRequest r) throws IOException {
        ChannelWire body = r.body(ChannelWire.class);
        Channel current = channels.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                ChannelWire.of(
                        channels.modify(
                                r.caller(), r.spaceId(), current.id(), body.toChannel(current)),
                        r.links()));
    }

    private Reply delete(ApiRequest r) {
        Channel current = channels.get(r.caller(), r.spaceId(), r.path("id"));
        channels.delete(r.caller(), r.spaceId(), current.id());
        return Reply.empty();
    }
}
