package io.jenkins.plugins.freight.server.feeds;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import io.jenkins.plugins.freight.server.packages.PackageWire;
import java.util.List;

/**
 * {@code /api/{space}/feeds}: the space's one feed, the built-in {@code feeds-builtin} (list,
 * {@code /all}, get), and {@code feeds/{id}/packages/versions}, the newest-first versions of a
 * package that the C# client asks for when it fills a release template.
 */
public final class FeedsResource {

    private static final String TEMPLATE = "/feeds{/id}{?skip,take,ids,partialName,feedType,name}";

    private final FeedService feed;

    public FeedsResource(FeedService feed) {
        this.feed = feed;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.get(space, "feeds", this::list)
                .get(space, "feeds/all", this::all)
                .get(space, "feeds/{id}", this::get)
                .get(space, "feeds/{id}/packages/versions", this::versions);
    }

    private Reply list(ApiRequest r) {
        Page<FeedWire> page =
                Paging.page(
                        List.of(FeedWire.builtIn(r.spaceId(), r.links())),
                        Paging.query(r),
                        FeedWire::id,
                        FeedWire::name);
        return Reply.ok(
                Paging.collection(r, "Feed", page, r.inSpace("/feeds"), r.inSpace(TEMPLATE)));
    }

    private Reply all(ApiRequest r) {
        return Reply.ok(List.of(FeedWire.builtIn(r.spaceId(), r.links())));
    }

    private Reply get(ApiRequest r) {
        requireBuiltIn(r.path("id"));
        return Reply.ok(FeedWire.builtIn(r.spaceId(), r.links()));
    }

    private Reply versions(ApiRequest r) {
        String feedId = requireBuiltIn(r.path("id"));
        QueryParameters q = r.query();
        String packageId = q.nonBlank("packageId");
        if (packageId == null) {
            throw ApiProblem.badRequest("Name the package with the packageId parameter.");
        }
        String rangeText = q.nonBlank("versionRange");
        VersionRange range = rangeText == null ? null : VersionRange.parse(rangeText);
        Boolean includePreRelease = q.bool("includePreRelease");
        String tag = q.nonBlank("preReleaseTag");
        String pattern = tag != null ? tag : Boolean.FALSE.equals(includePreRelease) ? "^$" : null;
        int skip = q.integer("skip", 0, 0);
        int take = q.integer("take", 30, 0);
        // one more than the page, to know whether another page exists
        int limit = (int) Math.min(Integer.MAX_VALUE, (long) skip + take + 1);
        List<PackageVersion> found =
                feed.versions(r.caller(), r.spaceId(), packageId, range, pattern, limit);
        List<PackageWire> items =
                found.stream()
                        .skip(skip)
                        .limit(take)
                        .map(p -> PackageWire.of(p, r.links()))
                        .toList();
        Page<PackageWire> page = new Page<>(items, found.size(), skip, take);
        String path = "/feeds/" + feedId + "/packages/versions";
        return Reply.ok(
                Paging.collection(
                        r,
                        "PackageVersion",
                        page,
                        r.inSpace(path),
                        r.inSpace(
                                path
                                        + "{?packageId,take,skip,includePreRelease,versionRange,"
                                        + "preReleaseTag}")));
    }

    private static String requireBuiltIn(String id) {
        if (!FeedService.BUILTIN_FEED_ID.equalsIgnoreCase(id)) {
            throw NotFoundException.of("Feed", id);
        }
        return FeedService.BUILTIN_FEED_ID;
    }
}
