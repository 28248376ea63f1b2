package io.jenkins.plugins.freight.engine.execution;

import io.jenkins.plugins.freight.engine.error.NotFoundException;
import io.jenkins.plugins.freight.engine.error.TransientException;
import io.jenkins.plugins.freight.engine.feed.FeedService;
import io.jenkins.plugins.freight.engine.feed.PackageCoordinates;
import io.jenkins.plugins.freight.engine.feed.PackageVersion;
import io.jenkins.plugins.freight.engine.security.Caller;
import io.jenkins.plugins.freight.engine.step.PackageSelection;
import io.jenkins.plugins.freight.engine.storage.Database;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Packages for steps, from the built-in feed: the stored file appears under the deployment's
 * scratch directory with its package file name ({@code Id.Version.ext}), so extraction knows its
 * format, without copying the content.
 */
final class FeedPackages implements Function<PackageSelection, Path> {

    private final Database database;
    private final FeedService feed;
    private final String spaceId;
    private final Path directory;

    FeedPackages(Database database, FeedService feed, String spaceId, Path directory) {
        this.database = database;
        this.feed = feed;
        this.spaceId = spaceId;
        this.directory = directory;
    }

    @Override
    public synchronized Path apply(PackageSelection selection) {
        if (!FeedService.BUILTIN_FEED_ID.equals(selection.feedId())) {
            throw new NotFoundException(
                    "Package "
                            + selection.packageId()
                            + " comes from feed "
                            + selection.feedId()
                            + ", but only the built-in feed can deliver packages.");
        }
        PackageCoordinates coordinates =
                new PackageCoordinates(
                        selection.packageId(), OctopusVersion.parse(selection.version()));
        PackageVersion version =
                database.withHandle(h -> feed.find(h, spaceId, coordinates))
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "Package "
                                                        + selection.packageId()
                                                        + " "
                                                        + selection.version()
                                                        + " is no longer in the built-in feed."));
        Path named = directory.resolve(version.fileName());
        try {
            if (!Files.exists(named, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory);
                Files.createSymbolicLink(named, feed.contentPath(Caller.system(), version));
            }
            return named;
        } catch (IOException e) {
            throw new TransientException(
                    "Could not prepare package "
                            + version.fileName()
                            + " for the deployment: "
                            + e.getMessage(),
                    e);
        }
    }
}
