package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of releases and the package versions they pin. */
interface ReleaseRepository {

    /**
     * Stores a new release with its packages; false (and nothing stored) when the project already
     * has a release of an equal version.
     */
    boolean insert(Handle handle, Release release, OctopusVersion version);

    /**
     * Replaces the stored document of an existing release (its identity and version never change).
     */
    void update(Handle handle, Release release);

    Optional<Release> findById(Handle handle, String spaceId, String id);

    Optional<Release> findByVersion(Handle handle, String projectId, OctopusVersion version);

    /**
     * A project's releases, newest version first.
     *
     * @param channelId only this channel's (a channel of this project), or null for all
     * @param versionContains only versions containing this text (ignoring case), or null
     */
    Page<Release> listByProject(
            Handle handle,
            String projectId,
            String channelId,
            String versionContains,
            int skip,
            int take);

    /** Releases of a space, newest first by creation; {@code ids} empty means all. */
    Page<Release> list(Handle handle, String spaceId, List<String> ids, int skip, int take);

    /** The highest release version of the project (or of the channel, when not null). */
    Optional<OctopusVersion> latestVersion(Handle handle, String projectId, String channelId);

    /** The highest release version of the project whose leading numeric parts are these. */
    Optional<OctopusVersion> latestVersionWithPrefix(
            Handle handle, String projectId, long[] prefix);
}
