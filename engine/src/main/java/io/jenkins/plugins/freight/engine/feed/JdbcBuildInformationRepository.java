package io.jenkins.plugins.freight.engine.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.freight.engine.version.OctopusVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link BuildInformationRepository} on the {@code build_information} table. */
final class JdbcBuildInformationRepository implements BuildInformationRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<BuildInformation.Commit>> COMMITS =
            new TypeReference<>() {};
    private static final TypeReference<List<BuildInformation.WorkItem>> WORK_ITEMS =
            new TypeReference<>() {};

    private static final String COLUMNS =
            "id, space_id, package_id, version, build_environment, build_number, build_url,"
                    + " branch, vcs_type, vcs_root, vcs_commit_number, vcs_commit_url, commits,"
                    + " work_items, created";

    @Override
    public boolean insert(Handle handle, BuildInformation info) {
        return UniqueViolation.tolerated(
                handle,
                () ->
                        handle.createUpdate(
                                        "INSERT INTO build_information (id, space_id, package_key,"
                                                + " version_key, version_sort, package_id,"
                                                + " version, build_environment, build_number,"
                                                + " build_url, branch, vcs_type, vcs_root,"
                                                + " vcs_commit_number, vcs_commit_url, commits,"
                                                + " work_items, created) VALUES (:id, :spaceId,"
                                                + " :packageKey, :versionKey, :versionSort,"
                                                + " :packageId, :version, :buildEnvironment,"
                                                + " :buildNumber, :buildUrl, :branch, :vcsType,"
                                                + " :vcsRoot, :vcsCommitNumber, :vcsCommitUrl,"
                                                + " :commits, :workItems, :created)")
                                .bindMap(bindings(info))
                                .execute());
    }

    @Override
    public boolean replace(Handle handle, BuildInformation info) {
        return handle.createUpdate(
                                "UPDATE build_information SET version_sort = :versionSort,"
                                        + " package_id = :packageId, version = :version,"
                                        + " build_environment = :buildEnvironment, build_number ="
                                        + " :buildNumber, build_url = :buildUrl, branch = :branch,"
                                        + " vcs_type = :vcsType, vcs_root = :vcsRoot,"
                                        + " vcs_commit_number = :vcsCommitNumber, vcs_commit_url"
                                        + " = :vcsCommitUrl, commits = :commits, work_items ="
                                        + " :workItems, created = :created WHERE space_id ="
                                        + " :spaceId AND package_key = :packageKey AND"
                                        + " version_key = :versionKey")
                        .bindMap(bindings(info))
                        .execute()
                > 0;
    }

    private static Map<String, Object> bindings(BuildInformation i) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", i.id());
        map.put("spaceId", i.spaceId());
        map.put("packageKey", i.coordinates().packageKey());
        map.put("versionKey", i.version().normalized());
        map.put("versionSort", i.version().sortKey());
        map.put("packageId", i.packageId());
        map.put("version", i.version().originalText());
        map.put("buildEnvironment", i.buildEnvironment());
        map.put("buildNumber", i.buildNumber());
        map.put("buildUrl", i.buildUrl());
        map.put("branch", i.branch());
        map.put("vcsType", i.vcsType());
        map.put("vcsRoot", i.vcsRoot());
        map.put("vcsCommitNumber", i.vcsCommitNumber());
        map.put("vcsCommitUrl", i.vcsCommitUrl());
        map.put("commits", toJson(i.commits()));
        map.put("workItems", toJson(i.workItems()));
        map.put("created", OffsetDateTime.ofInstant(i.created(), ZoneOffset.UTC));
        return map;
    }

    @Override
    public Optional<BuildInformation> find(Handle handle, String spaceId, PackageCoordinates c) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM build_information WHERE space_id = :spaceId AND"
                                + " package_key = :packageKey AND version_key = :versionKey")
                .bind("spaceId", spaceId)
                .bind("packageKey", c.packageKey())
                .bind("versionKey", c.version().normalized())
                .map(JdbcBuildInformationRepository::map)
                .findOne();
    }

    @Override
    public Optional<BuildInformation> get(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM build_information WHERE space_id = :spaceId AND id = :id")
                .bind("spaceId", spaceId)
                .bind("id", id)
                .map(JdbcBuildInformationRepository::map)
                .findOne();
    }

    @Override
    public List<BuildInformation> list(Handle handle, String spaceId, PackageQuery query) {
        if (query.take() == 0) {
            return List.of();
        }
        Query q =
                handle.createQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM build_information b"
                                + where(query)
                                + " ORDER BY package_key, version_sort DESC LIMIT :take OFFSET"
                                + " :skip");
        return bind(q, spaceId, query)
                .bind("take", query.take())
                .bind("skip", query.skip())
                .map(JdbcBuildInformationRepository::map)
                .list();
    }

    @Override
    public long count(Handle handle, String spaceId, PackageQuery query) {
        Query q = handle.createQuery("SELECT count(*) FROM build_information b" + where(query));
        return bind(q, spaceId, query).mapTo(Long.class).one();
    }

    private static String where(PackageQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE b.space_id = :spaceId");
        if (query.filter() != null) {
            sql.append(" AND b.package_key LIKE :filter ESCAPE '\\'");
        }
        if (query.packageId() != null) {
            sql.append(" AND b.package_key = :packageKey");
        }
        if (query.latestOnly()) {
            sql.append(
                    " AND b.version_sort = (SELECT max(x.version_sort) FROM build_information x"
                            + " WHERE x.space_id = b.space_id AND x.package_key = b.package_key)");
        }
        return sql.toString();
    }

    private static Query bind(Query q, String spaceId, PackageQuery query) {
        q.bind("spaceId", spaceId);
        if (query.filter() != null) {
            String lower = query.filter().toLowerCase(Locale.ROOT);
            q.bind(
                    "filter",
                    "%"
                            + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                            + "%");
        }
        if (query.packageId() != null) {
            q.bind("packageKey", query.packageId().toLowerCase(Locale.ROOT));
        }
        return q;
    }

    @Override
    public boolean delete(Handle handle, String spaceId, String id) {
        return handle.createUpdate(
                                "DELETE FROM build_information WHERE space_id = :spaceId AND id ="
                                        + " :id")
                        .bind("spaceId", spaceId)
                        .bind("id", id)
                        .execute()
                > 0;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Build information cannot be written as JSON", e);
        }
    }

    private static BuildInformation map(ResultSet rs, StatementContext ctx) throws SQLException {
        try {
            return new BuildInformation(
                    rs.getString("id"),
                    rs.getString("space_id"),
                    rs.getString("package_id"),
                    OctopusVersion.parse(rs.getString("version")),
                    rs.getString("build_environment"),
                    rs.getString("build_number"),
                    rs.getString("build_url"),
                    rs.getString("branch"),
                    rs.getString("vcs_type"),
                    rs.getString("vcs_root"),
                    rs.getString("vcs_commit_number"),
                    rs.getString("vcs_commit_url"),
                    JSON.readValue(rs.getString("commits"), COMMITS),
                    JSON.readValue(rs.getString("work_items"), WORK_ITEMS),
                    rs.getObject("created", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored build information is not valid JSON", e);
        }
    }
}
