package io.jenkins.plugins.freight.engine.feed;

import java.util.Collection;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What else in the engine still uses package versions, so feed retention never deletes one that a
 * release refers to. The release feature supplies the real implementation; until it is wired in,
 * {@link #NONE} says nothing is referenced.
 */
@FunctionalInterface
public interface PackageReferences {

    /** Nothing outside the feed refers to any package version. */
    PackageReferences NONE = (handle, spaceId, candidates) -> Set.of();

    /**
     * Of the candidates, the ones still referenced (e.g. selected by a release), within the
     * retention run's transaction.
     */
    Set<PackageCoordinates> referenced(
            Handle handle, String spaceId, Collection<PackageCoordinates> candidates);
}
