package io.jenkins.plugins.freight.server.packages;

import io.jenkins.plugins.freight.engine.feed.FeedPage;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.OverwriteMode;
import io.jenkins.plugins.freight.engine.feed.PackageQuery;
import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.engine.feed.PushResult;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.server.http.ApiProblem;
import io.jenkins.plugins.freight.server.http.ApiRequest;
import io.jenkins.plugins.freight.server.http.Paging;
import io.jenkins.plugins.freight.server.http.QueryParameters;
import io.jenkins.plugins.freight.server.http.Reply;
import io.jenkins.plugins.freight.server.http.Router;
import java.io.IOException;

/**
 * The built-in feed: {@code packages/raw} (multipart upload streamed to the feed: part {@code file}
 * or {@code fileToUpload}, in fact the first part with a file name; {@code overwriteMode} or the
 * legacy {@code replace}; 201 when stored, 200 when ignored or overwritten), list, get, download
 * and delete.
 */
public final class PackagesResource {

    private final FeedService feed;

    public PackagesResource(FeedService feed) {
        this.feed = feed;
    }

    public void register(Router router) {
        Router.Scope space = Router.Scope.SPACE;
        router.post(space, "packages/raw", this::upload)
                .get(space, "packages/raw", PackagesResource::uploadOnly)
                .get(space, "packages", this::list)
                .get(space, "packages/{id}", this::get)
                .get(space, "packages/{id}/raw", this::download)
                .delete(space, "packages/{id}", this::delete);
    }

    private Reply upload(ApiRequest r) throws IOException {
        OverwriteMode mode = mode(r.query());
        String boundary = MultipartStream.boundary(r.contentType());
        if (boundary == null) {
            throw ApiProblem.badRequest(
                    "Upload the package as multipart/form-data with a boundary and one file part.");
        }
        MultipartStream body = new MultipartStream(r.servletRequest().getInputStream(), boundary);
        MultipartStream.Part file;
        try {
            file = body.next();
            while (file != null && file.fileName() == null) {
                file = body.next();
            }
        } catch (MultipartStream.MalformedException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        if (file == null || file.fileName().isBlank()) {
            throw ApiProblem.badRequest(
                    "The upload has no file part: send the package in a part named file or"
                            + " fileToUpload, with its file name.");
        }
        if (file.fileName().contains("/")
                || file.fileName().contains("\\")
                || file.fileName().contains("..")) {
            throw ApiProblem.badRequest(
                    "The package file name must be a plain file name like Hello.1.0.0.zip, without"
                            + " a path.");
        }
        PushResult result =
                feed.push(r.caller(), r.spaceId(), file.fileName(), file.content(), mode);
        PackageWire wire = PackageWire.of(result.packageVersion(), r.links());
        return result.isCreated() ? Reply.created(wire) : Reply.ok(wire);
    }

    /** {@code packages/raw} is the upload link, not a package id. */
    private static Reply uploadOnly(ApiRequest r) {
        throw new ApiProblem(
                405, "Upload packages to packages/raw with POST (multipart/form-data).");
    }

    /** {@code overwriteMode} wins over the legacy {@code replace=true|false}. */
    private static OverwriteMode mode(QueryParameters q) {
        String mode = q.nonBlank("overwriteMode");
        if (mode != null) {
            return OverwriteMode.parse(mode);
        }
        Boolean replace = q.bool("replace");
        return replace == null ? OverwriteMode.FAIL_IF_EXISTS : OverwriteMode.fromReplace(replace);
    }

    private Reply list(ApiRequest r) {
        QueryParameters q = r.query();
        Boolean latest = q.bool("latest");
        PackageQuery query =
                new PackageQuery(
                        q.nonBlank("filter"),
                        q.nonBlank("nuGetPackageId"),
                        latest != null && latest,
                        q.integer("skip", 0, 0),
                        q.integer("take", PackageQuery.DEFAULT_TAKE, 0));
        FeedPage<PackageVersion> found = feed.list(r.caller(), r.spaceId(), query);
        Page<PackageWire> page =
                new Page<>(
                        found.items().stream().map(p -> PackageWire.of(p, r.links())).toList(),
                        found.totalResults(),
                        found.skip(),
                        found.take());
        return Reply.ok(
                Paging.collection(
                        r,
                        "Package",
                        page,
                        r.inSpace("/packages"),
                        r.inSpace(
                                "/packages{/id}{?nuGetPackageId,filter,latest,skip,take,"
                                        + "includeNotes}")));
    }

    private Reply get(ApiRequest r) {
        return Reply.ok(PackageWire.of(feed.get(r.caller(), r.spaceId(), r.path("id")), r.links()));
    }

    private Reply download(ApiRequest r) {
        PackageVersion version = feed.get(r.caller(), r.spaceId(), r.path("id"));
        return Reply.ok(
                new Reply.Download(
                        version.fileName(),
                        version.sizeBytes(),
                        () -> feed.openContent(r.caller(), version)));
    }

    private Reply delete(ApiRequest r) {
        PackageVersion version = feed.get(r.caller(), r.spaceId(), r.path("id"));
        feed.delete(r.caller(), r.spaceId(), version.id());
        return Reply.empty();
    }
}
