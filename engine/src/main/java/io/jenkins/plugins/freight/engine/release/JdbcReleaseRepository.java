package io.jenkins.plugins.freight.engine.release;

import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** {@link ReleaseRepository} on the {@code releases} and {@code release_packages} tables. */
final class JdbcReleaseRepository implements ReleaseRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Always true; with it H2 picks the (project or channel, version_sort DESC) index over the
     * foreign key's index on project_id alone. Newest-first queries also order by the index's
     * leading column, the form in which H2 reads the index in order and stops at the page's end
     * instead of sorting every release of the project.
     */
    private static final String NEWEST_INDEX = " AND version_sort > ''";

    @Override
    public boolean insert(Handle handle, Release release, OctopusVersion version) {
        String savepoint = "release_insert";
        handle.savepoint(savepoint);
        try {
            handle.createUpdate(
                            "INSERT INTO releases (id, release_number, space_id, project_id,"
                                    + " channel_id, version, version_normalized, version_sort,"
                                    + " assembled, document) VALUES (:id, :number, :space, :project,"
                                    + " :channel, :version, :normalized, :sort, :assembled, :doc)")
                    .bind("id", release.id())
                    .bind("number", number(release.id()))
                    .bind("space", release.spaceId())
                    .bind("project", release.projectId())
                    .bind("channel", release.channelId())
                    .bind("version", release.version())
                    .bind("normalized", version.normalized())
                    .bind("sort", version.sortKey())
                    .bind(
                            "assembled",
                            OffsetDateTime.ofInstant(release.assembled(), ZoneOffset.UTC))
                    .bind("doc", Documents.write(release))
                    .execute();
            handle.release(savepoint);
        } catch (JdbiException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(savepoint); // also ends the savepoint
            return false;
        }
        insertPackages(handle, release);
        return true;
    }

    private static void insertPackages(Handle handle, Release release) {
        if (release.selectedPackages().isEmpty()) {
            return;
        }
        PreparedBatch batch =
                handle.prepareBatch(
                        "INSERT INTO release_packages (release_id, space_id, action_name,"
                                + " package_reference_name, package_id, package_key, feed_id, version,"
                                + " version_normalized) VALUES (:release, :space, :action, :reference,"
                                + " :packageId, :packageKey, :feed, :version, :normalized)");
        for (SelectedPackage p : release.selectedPackages()) {
            batch.bind("release", release.id())
                    .bind("space", release.spaceId())
                    .bind("action", p.actionName())
                    .bind("reference", p.packageReferenceName())
                    .bind("packageId", p.packageId())
                    .bind("packageKey", p.packageId().toLowerCase(Locale.ROOT))
                    .bind("feed", p.feedId())
                    .bind("version", p.version())
                    .bind(
                            "normalized",
                            OctopusVersion.tryParse(p.version())
                                    .map(OctopusVersion::normalized)
                                    .orElse(p.version()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public void update(Handle handle, Release release) {
        handle.createUpdate("UPDATE releases SET document = :doc WHERE id = :id")
                .bind("doc", Documents.write(release))
                .bind("id", release.id())
                .execute();
    }

    @Override
    public Optional<Release> findById(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                        "SELECT document FROM releases WHERE id = :id AND space_id = :space")
                .bind("id", id)
                .bind("space", spaceId)
                .mapTo(String.class)
                .findOne()
                .map(JdbcReleaseRepository::read);
    }

    @Override
    public Optional<Release> findByVersion(
            Handle handle, String projectId, OctopusVersion version) {
        return handle.createQuery(
                        "SELECT document FROM releases WHERE project_id = :project"
                                + " AND version_normalized = :normalized")
                .bind("project", projectId)
                .bind("normalized", version.normalized())
                .mapTo(String.class)
                .findOne()
                .map(JdbcReleaseRepository::read);
    }

    @Override
    public Page<Release> listByProject(
            Handle handle,
            String projectId,
            String channelId,
            String versionContains,
            int skip,
            int take) {
        StringBuilder where = new StringBuilder(" WHERE project_id = :project" + NEWEST_INDEX);
        if (channelId != null) {
            where.append(" AND channel_id = :channel");
        }
        if (versionContains != null) {
            where.append(" AND LOWER(version) LIKE :pattern ESCAPE '\\'");
        }
        long total =
                bindFilters(
                                handle.createQuery("SELECT COUNT(*) FROM releases" + where),
                                projectId,
                                channelId,
                                versionContains)
                        .mapTo(Long.class)
                        .one();
        List<Release> items =
                bindFilters(
                                handle.createQuery(
                                        "SELECT document FROM releases"
                                                + where
                                                + (channelId == null
                                                        ? " ORDER BY project_id, version_sort DESC"
                                                        : " ORDER BY channel_id, version_sort DESC")
                                                + " LIMIT :take OFFSET :skip"),
                                projectId,
                                channelId,
                                versionContains)
                        .bind("take", take)
                        .bind("skip", skip)
                        .mapTo(String.class)
                        .map(JdbcReleaseRepository::read)
                        .list();
        return new Page<>(items, total, skip, take);
    }

    private static Query bindFilters(
            Query query, String projectId, String channelId, String versionContains) {
        query.bind("project", projectId);
        if (channelId != null) {
            query.bind("channel", channelId);
        }
        if (versionContains != null) {
            query.bind("pattern", "%" + likeEscape(versionContains.toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    @Override
    public Page<Release> list(Handle handle, String spaceId, List<String> ids, int skip, int take) {
        // "release_number > 0" (always true) makes H2 pick ix_releases_space_number, which it
        // reads backwards to the page's end, over the foreign key's index on space_id alone.
        String where =
                " WHERE space_id = :space AND release_number > 0"
                        + (ids.isEmpty() ? "" : " AND id IN (<ids>)");
        Query count =
                handle.createQuery("SELECT COUNT(*) FROM releases" + where).bind("space", spaceId);
        Query page =
                handle.createQuery(
                                "SELECT document FROM releases"
                                        + where
                                        + " ORDER BY space_id DESC, release_number DESC"
                                        + " LIMIT :take OFFSET :skip")
                        .bind("space", spaceId)
                        .bind("take", take)
                        .bind("skip", skip);
        if (!ids.isEmpty()) {
            count.bindList("ids", ids);
            page.bindList("ids", ids);
        }
        long total = count.mapTo(Long.class).one();
        return new Page<>(
                page.mapTo(String.class).map(JdbcReleaseRepository::read).list(),
                total,
                skip,
                take);
    }

    @Override
    public Optional<OctopusVersion> latestVersion(
            Handle handle, String projectId, String channelId) {
        Query q =
                channelId == null
                        ? handle.createQuery(
                                        "SELECT version FROM releases WHERE project_id = :project"
                                                + NEWEST_INDEX
                                                + " ORDER BY project_id, version_sort DESC LIMIT 1")
                                .bind("project", projectId)
                        : handle.createQuery(
                                        "SELECT version FROM releases WHERE channel_id = :channel"
                                                + NEWEST_INDEX
                                                + " ORDER BY channel_id, version_sort DESC LIMIT 1")
                                .bind("channel", channelId);
        return q.mapTo(String.class).findOne().map(OctopusVersion::parse);
    }

    @Override
    public Optional<OctopusVersion> latestVersionWithPrefix(
            Handle handle, String projectId, long[] prefix) {
        if (prefix.length == 0) {
            return latestVersion(handle, projectId, null);
        }
        // Keys starting with the prefix lie between it and the prefix with its last part plus one.
        long[] next = prefix.clone();
        next[next.length - 1]++;
        return handle.createQuery(
                        "SELECT version FROM releases WHERE project_id = :project"
                                + " AND version_sort >= :low AND version_sort < :high"
                                + " ORDER BY project_id, version_sort DESC LIMIT 1")
                .bind("project", projectId)
                .bind("low", OctopusVersion.sortKeyPrefix(prefix))
                .bind("high", OctopusVersion.sortKeyPrefix(next))
                .mapTo(String.class)
                .findOne()
                .map(OctopusVersion::parse);
    }

    private static Release read(String json) {
        return Documents.read(json, Release.class);
    }

    private static long number(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
