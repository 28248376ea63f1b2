package io.jenkins.plugins.freight.server.packages;

import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.server.http.Links;
import java.time.Instant;
import java.util.Map;

/** The Octopus {@code Package} resource of the built-in feed. */
public record PackageWire(
        String id,
        String packageId,
        String version,
        String title,
        String summary,
        String description,
        Instant published,
        String releaseNotes,
        String fileExtension,
        String feedId,
        String nuGetPackageId,
        String nuGetFeedId,
        long packageSizeBytes,
        String hash,
        Map<String, String> links) {

    public static PackageWire of(PackageVersion p, Links l) {
        String self = "/" + Links.segment(p.spaceId()) + "/packages/" + Links.segment(p.id());
        return new PackageWire(
                p.id(),
                p.packageId(),
                p.version().toString(),
                p.title() == null || p.title().isBlank() ? p.packageId() : p.title(),
                p.description() == null ? "" : p.description(),
                p.description() == null ? "" : p.description(),
                p.published(),
                p.releaseNotes() == null ? "" : p.releaseNotes(),
                p.extension(),
                p.feedId(),
                p.packageId(),
                p.feedId(),
                p.sizeBytes(),
                p.sha1(),
                Links.of(
                        "Self", l.api(self),
                        "Raw", l.api(self + "/raw"),
                        "Feed", l.api("/" + Links.segment(p.spaceId()) + "/feeds/" + p.feedId())));
    }
}
