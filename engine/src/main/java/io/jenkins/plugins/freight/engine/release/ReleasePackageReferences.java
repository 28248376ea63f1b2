package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.feed.PackageCoordinates;
import io.jenkins.plugins.freight.engine.feed.PackageReferences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Tells the feed's retention which package versions releases still pin, so it never deletes one a
 * release could deploy.
 */
public final class ReleasePackageReferences implements PackageReferences {

    private static final int BATCH = 500;

    @Override
    public Set<PackageCoordinates> referenced(
            Handle handle, String spaceId, Collection<PackageCoordinates> candidates) {
        Set<PackageCoordinates> found = new HashSet<>();
        List<PackageCoordinates> all = new ArrayList<>(candidates);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<PackageCoordinates> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<String> keys =
                    batch.stream().map(PackageCoordinates::packageKey).distinct().toList();
            Set<String> pinned =
                    new HashSet<>(
                            handle.createQuery(
                                            "SELECT DISTINCT package_key, version_normalized"
                                                    + " FROM release_packages WHERE space_id = :space"
                                                    + " AND package_key IN (<keys>)")
                                    .bind("space", spaceId)
                                    .bindList("keys", keys)
                                    .map((rs, ctx) -> rs.getString(1) + "\n" + rs.getString(2))
                                    .list());
            for (PackageCoordinates c : batch) {
                if (pinned.contains(c.packageKey() + "\n" + c.version().normalized())) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
