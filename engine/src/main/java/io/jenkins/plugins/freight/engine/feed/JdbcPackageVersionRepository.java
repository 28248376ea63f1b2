package io.jenkins.plugins.freight.engine.feed;

import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import io.jenkins.plugins.freight.engine.version.VersionRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link PackageVersionRepository} on the {@code package_versions} table (H2 and PostgreSQL). */
final class JdbcPackageVersionRepository implements PackageVersionRepository {

    private static final String COLUMNS =
            "space_id, package_id, version, extension, size_bytes, sha1, sha256, published, title,"
                    + " description, release_notes";

    @Override
    public boolean insert(Handle handle, PackageVersion v) {
        return UniqueViolation.tolerated(
                handle,
                () ->
                        handle.createUpdate(
                                        "INSERT INTO package_versions (space_id, package_key,"
                                                + " version_key, version_sort, is_prerelease,"
                                                + " package_id, version, extension, size_bytes,"
                                                + " sha1, sha256, published, title, description,"
                                                + " release_notes) VALUES (:spaceId, :packageKey,"
                                                + " :versionKey, :versionSort, :preRelease,"
                                                + " :packageId, :version, :extension, :size, :sha1,"
                                                + " :sha256, :published, :title, :description,"
                                                + " :releaseNotes)")
                                .bindMap(bindings(v))
                                .execute());
    }

    @Override
    public boolean replace(Handle handle, PackageVersion v) {
        return handle.createUpdate(
                                "UPDATE package_versions SET version_sort = :versionSort,"
                                        + " is_prerelease = :preRelease, package_id = :packageId,"
                                        + " version = :version, extension = :extension,"
                                        + " size_bytes = :size, sha1 = :sha1, sha256 = :sha256,"
                                        + " published = :published, title = :title,"
                                        + " description = :description, release_notes ="
                                        + " :releaseNotes WHERE space_id = :spaceId AND"
                                        + " package_key = :packageKey AND version_key = :versionKey")
                        .bindMap(bindings(v))
                        .execute()
                > 0;
    }

    private static java.util.Map<String, Object> bindings(PackageVersion v) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        map.put("spaceId", v.spaceId());
        map.put("packageKey", v.coordinates().packageKey());
        map.put("versionKey", v.version().normalized());
        map.put("versionSort", v.version().sortKey());
        map.put("preRelease", v.version().isPreRelease());
        map.put("packageId", v.packageId());
        map.put("version", v.version().originalText());
        map.put("extension", v.extension());
        map.put("size", v.sizeBytes());
        map.put("sha1", v.sha1());
        map.put("sha256", v.sha256());
        map.put("published", OffsetDateTime.ofInstant(v.published(), ZoneOffset.UTC));
        map.put("title", v.title());
        map.put("description", v.description());
        map.put("releaseNotes", v.releaseNotes());
        return map;
    }

    @Override
    public Optional<PackageVersion> find(Handle handle, String spaceId, PackageCoordinates c) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM package_versions WHERE space_id = :spaceId AND"
                                + " package_key = :packageKey AND version_key = :versionKey")
                .bind("spaceId", spaceId)
                .bind("packageKey", c.packageKey())
                .bind("versionKey", c.version().normalized())
                .map(JdbcPackageVersionRepository::map)
                .findOne();
    }

    @Override
    public List<PackageVersion> list(Handle handle, String spaceId, PackageQuery query) {
        if (query.take() == 0) {
            return List.of();
        }
        Query q =
                handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM package_versions pv"
                                + where(query)
                                + " ORDER BY pv.space_id, pv.package_key, pv.version_sort DESC"
                                + " LIMIT :take OFFSET :skip");
        return bindFilters(q, spaceId, query)
                .bind("take", query.take())
                .bind("skip", query.skip())
                .map(JdbcPackageVersionRepository::map)
                .list();
    }

    @Override
    public long count(Handle handle, String spaceId, PackageQuery query) {
        // Each package has exactly one newest version, so "latest only" counts packages: one pass
        // over the index instead of a newest-version lookup per version.
        Query q =
                handle.createQuery(
                        query.latestOnly()
                                ? "SELECT count(DISTINCT pv.package_key) FROM package_versions pv"
                                        + where(query.withoutLatestOnly())
                                : "SELECT count(*) FROM package_versions pv" + where(query));
        return bindFilters(q, spaceId, query).mapTo(Long.class).one();
    }

    private static String where(PackageQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE pv.space_id = :spaceId");
        if (query.filter() != null) {
            sql.append(" AND pv.package_key LIKE :filter ESCAPE '\\'");
        }
        if (query.packageId() != null) {
            sql.append(" AND pv.package_key = :packageKey");
        }
        if (query.latestOnly()) {
            sql.append(
                    " AND pv.version_sort = (SELECT x.version_sort FROM package_versions x"
                            + " WHERE x.space_id = pv.space_id AND x.package_key = pv.package_key"
                            + " ORDER BY x.space_id, x.package_key, x.version_sort DESC"
                            + " FETCH FIRST 1 ROW ONLY)");
        }
        return sql.toString();
    }

    private static Query bindFilters(Query q, String spaceId, PackageQuery query) {
        q.bind("spaceId", spaceId);
        if (query.filter() != null) {
            q.bind("filter", "%" + escapeLike(query.filter().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.packageId() != null) {
            q.bind("packageKey", query.packageId().toLowerCase(Locale.ROOT));
        }
        return q;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<PackageVersion> newestFirst(
            Handle handle,
            String spaceId,
            String packageId,
            VersionRange range,
            boolean stableOnly,
            Predicate<PackageVersion> accept,
            int limit) {
        StringBuilder sql =
                new StringBuilder(
                        "SELECT "
                                + COLUMNS
                                + " FROM package_versions WHERE space_id = :spaceId AND"
                                + " package_key = :packageKey");
        List<String> bounds = new ArrayList<>();
        sql.append(rangeCondition(range, bounds));
        if (stableOnly) {
            sql.append(" AND is_prerelease = FALSE");
        }
        // Ordering by the index's leading columns too lets H2 read ix_package_versions_sort
        // backwards and stop early (ordered by version_sort alone it reads and sorts every version
        // of the package); versions are fetched in growing pages until enough are accepted.
        sql.append(
                " ORDER BY space_id DESC, package_key DESC, version_sort DESC"
                        + " LIMIT :take OFFSET :skip");
        List<PackageVersion> found = new ArrayList<>();
        int page = 50;
        for (int skip = 0; found.size() < limit; skip += page, page = Math.min(page * 4, 2000)) {
            Query q =
                    handle.createQuery(sql.toString())
                            .bind("spaceId", spaceId)
                            .bind("packageKey", packageId.toLowerCase(Locale.ROOT))
                            .bind("take", page)
                            .bind("skip", skip);
            for (int i = 0; i < bounds.size(); i++) {
                q.bind("b" + i, bounds.get(i));
            }
            List<PackageVersion> rows = q.map(JdbcPackageVersionRepository::map).list();
            rows.stream()
                    .filter(v -> range.contains(v.version()))
                    .filter(accept)
                    .limit(limit - found.size())
                    .forEach(found::add);
            if (rows.size() < page) {
                break;
            }
        }
        return found;
    }

    /**
     * The range as SQL over {@code version_sort} (whose string order is version order), so the
     * database reads only the rows inside it; bound keys are appended to {@code bounds}.
     */
    private static String rangeCondition(VersionRange range, List<String> bounds) {
        List<String> alternatives = new ArrayList<>();
        for (VersionRange.Interval interval : range.intervals()) {
            List<String> parts = new ArrayList<>();
            if (interval.lower() != null) {
                parts.add(
                        "version_sort "
                                + (interval.lowerInclusive() ? ">=" : ">")
                                + " :b"
                                + bounds.size());
                bounds.add(interval.lower().sortKey());
            }
            if (interval.upper() != null) {
                parts.add(
                        "version_sort "
                                + (interval.upperInclusive() ? "<=" : "<")
                                + " :b"
                                + bounds.size());
                bounds.add(interval.upper().sortKey());
            }
            if (parts.isEmpty()) {
                return ""; // an unbounded interval: every version
            }
            alternatives.add("(" + String.join(" AND ", parts) + ")");
        }
        return " AND (" + String.join(" OR ", alternatives) + ")";
    }

    @Override
    public boolean delete(Handle handle, String spaceId, PackageCoordinates c) {
        return handle.createUpdate(
                                "DELETE FROM package_versions WHERE space_id = :spaceId AND"
                                        + " package_key = :packageKey AND version_key = :versionKey")
                        .bind("spaceId", spaceId)
                        .bind("packageKey", c.packageKey())
                        .bind("versionKey", c.version().normalized())
                        .execute()
                > 0;
    }

    @Override
    public boolean isContentReferenced(Handle handle, String sha256) {
        return handle.createQuery("SELECT count(*) FROM package_versions WHERE sha256 = :sha256")
                        .bind("sha256", sha256)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    @Override
    public List<PackageVersion> publishedBefore(
            Handle handle, Instant before, int offset, int limit) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM package_versions WHERE published < :before ORDER BY"
                                + " published, space_id, package_key, version_key LIMIT :limit"
                                + " OFFSET :offset")
                .bind("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .bind("limit", limit)
                .bind("offset", offset)
                .map(JdbcPackageVersionRepository::map)
                .list();
    }

    private static PackageVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PackageVersion(
                rs.getString("space_id"),
                rs.getString("package_id"),
                OctopusVersion.parse(rs.getString("version")),
                rs.getString("extension"),
                rs.getLong("size_bytes"),
                rs.getString("sha1"),
                rs.getString("sha256"),
                rs.getObject("published", OffsetDateTime.class).toInstant(),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("release_notes"));
    }
}
