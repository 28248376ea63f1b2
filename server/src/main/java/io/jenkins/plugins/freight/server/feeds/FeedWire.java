package io.jenkins.plugins.freight.server.feeds;

import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.server.http.Links;
import java.util.List;
import java.util.Map;

/** The Octopus {@code Feed} resource; Freight has one feed per space, the built-in one. */
public record FeedWire(
        String id,
        String name,
        String slug,
        String feedType,
        String spaceId,
        boolean isBuiltInRepoSyncEnabled,
        List<String> packageAcquisitionLocationOptions,
        Map<String, String> links) {

    static final String BUILTIN_NAME = "Octopus Server (built-in)";

    static FeedWire builtIn(String spaceId, Links l) {
        String self = "/" + Links.segment(spaceId) + "/feeds/" + FeedService.BUILTIN_FEED_ID;
        return new FeedWire(
                FeedService.BUILTIN_FEED_ID,
                BUILTIN_NAME,
                "octopus-server-built-in",
                "BuiltIn",
                spaceId,
                false,
                List.of("Server", "ExecutionTarget"),
                Links.of(
                        "Self", l.api(self),
                        "SearchPackageVersionsTemplate",
                                l.api(
                                        self
                                                + "/packages/versions{?packageId,take,skip,"
                                                + "includePreRelease,versionRange,preReleaseTag}")));
    }
}
