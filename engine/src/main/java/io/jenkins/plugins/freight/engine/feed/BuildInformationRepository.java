package io.jenkins.plugins.freight.engine.feed;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Storage of build information, one row per space, package id and version. */
interface BuildInformationRepository {

    /** Inserts; false when build information for the same coordinates exists already. */
    boolean insert(Handle handle, BuildInformation info);

    /** Replaces the row with the same coordinates, keeping its id; false when there is none. */
    boolean replace(Handle handle, BuildInformation info);

    Optional<BuildInformation> find(Handle handle, String spaceId, PackageCoordinates coordinates);

    Optional<BuildInformation> get(Handle handle, String spaceId, String id);

    /** One page, ordered by package id, then newest version first. */
    List<BuildInformation> list(Handle handle, String spaceId, PackageQuery query);

    long count(Handle handle, String spaceId, PackageQuery query);

    boolean delete(Handle handle, String spaceId, String id);
}
