package io.jenkins.plugins.freight.engine.deployment;

import io.jenkins.plugins.freight.engine.space.Documents;
import io.jenkins.plugins.freight.engine.space.Page;
import io.jenkins.plugins.freight.engine.task.TaskState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link DeploymentRepository} on the {@code deployments} table. A deployment's state is its
 * task's: queries join {@code server_tasks} on the task id and read its {@code state}.
 */
final class JdbcDeploymentRepository implements DeploymentRepository {

    private static final String STATUS_COLUMNS =
            "SELECT d.document, r.version, t.state, t.completed_time FROM deployments d"
                    + " JOIN releases r ON r.id = d.release_id"
                    + " JOIN server_tasks t ON t.id = d.task_id";

    @Override
    public void insert(Handle handle, Deployment d) {
        handle.createUpdate(
                        "INSERT INTO deployments (id, deployment_number, space_id, release_id,"
                                + " project_id, channel_id, environment_id, tenant_id, task_id,"
                                + " created, document) VALUES (:id, :number, :space, :release,"
                                + " :project, :channel, :environment, :tenant, :task, :created, :doc)")
                .bind("id", d.id())
                .bind("number", Long.parseLong(d.id().substring(d.id().lastIndexOf('-') + 1)))
                .bind("space", d.spaceId())
                .bind("release", d.releaseId())
                .bind("project", d.projectId())
                .bind("channel", d.channelId())
                .bind("environment", d.environmentId())
                .bind("tenant", d.tenantId())
                .bind("task", d.taskId())
                .bind("created", OffsetDateTime.ofInstant(d.created(), ZoneOffset.UTC))
                .bind("doc", Documents.write(d))
                .execute();
    }

    @Override
    public Optional<Deployment> findById(Handle handle, String spaceId, String id) {
        return handle.createQuery(
                        "SELECT document FROM deployments WHERE id = :id AND space_id = :space")
                .bind("id", id)
                .bind("space", spaceId)
                .mapTo(String.class)
                .findOne()
                .map(JdbcDeploymentRepository::read);
    }

    @Override
    public Optional<Deployment> findByTaskId(Handle handle, String taskId) {
        return handle.createQuery("SELECT document FROM deployments WHERE task_id = :task")
                .bind("task", taskId)
                .mapTo(String.class)
                .findOne()
                .map(JdbcDeploymentRepository::read);
    }

    @Override
    public Map<String, EnvironmentOutcome> outcomes(
            Handle handle, String releaseId, String tenantId) {
        Query q =
                handle.createQuery(
                                "SELECT d.environment_id, t.state FROM deployments d"
                                        + " JOIN server_tasks t ON t.id = d.task_id"
                                        + " WHERE d.release_id = :release AND "
                                        + tenantCondition(tenantId)
                                        + " ORDER BY d.release_id DESC, d.deployment_number DESC")
                        .bind("release", releaseId);
        if (tenantId != null) {
            q.bind("tenant", tenantId);
        }
        Map<String, EnvironmentOutcome> outcomes = new LinkedHashMap<>();
        q.map((rs, ctx) -> Map.entry(rs.getString(1), TaskState.fromWireName(rs.getString(2))))
                .forEach(
                        row -> {
                            EnvironmentOutcome known = outcomes.get(row.getKey());
                            if (known == null || known == EnvironmentOutcome.PENDING) {
                                outcomes.put(row.getKey(), outcome(row.getValue()));
                            }
                        });
        return outcomes;
    }

    /** The newest finished deployment decides; unfinished ones only make the outcome PENDING. */
    private static EnvironmentOutcome outcome(TaskState state) {
        if (!state.isTerminal()) {
            return EnvironmentOutcome.PENDING;
        }
        return state.isSuccessful() ? EnvironmentOutcome.SUCCEEDED : EnvironmentOutcome.FAILED;
    }

    @Override
    public List<DeploymentStatus> historyOfRelease(Handle handle, String releaseId) {
        return handle.createQuery(
                        STATUS_COLUMNS
                                + " WHERE d.release_id = :release"
                                + " ORDER BY d.release_id DESC, d.deployment_number DESC")
                .bind("release", releaseId)
                .map((rs, ctx) -> status(rs))
                .list();
    }

    @Override
    public Page<DeploymentStatus> historyOfEnvironment(
            Handle handle,
            String projectId,
            String environmentId,
            String tenantId,
            int skip,
            int take) {
        String where =
                " WHERE d.project_id = :project AND d.environment_id = :environment"
                        + (tenantId == null ? "" : " AND d.tenant_id = :tenant");
        Query count =
                handle.createQuery("SELECT COUNT(*) FROM deployments d" + where)
                        .bind("project", projectId)
                        .bind("environment", environmentId);
        Query page =
                handle.createQuery(
                                STATUS_COLUMNS
                                        + where
                                        + " ORDER BY d.project_id DESC, d.environment_id DESC,"
                                        + " d.deployment_number DESC LIMIT :take OFFSET :skip")
                        .bind("project", projectId)
                        .bind("environment", environmentId)
                        .bind("take", take)
                        .bind("skip", skip);
        if (tenantId != null) {
            count.bind("tenant", tenantId);
            page.bind("tenant", tenantId);
        }
        long total = count.mapTo(Long.class).one();
        return new Page<>(page.map((rs, ctx) -> status(rs)).list(), total, skip, take);
    }

    @Override
    public Optional<String> currentReleaseId(
            Handle handle, String projectId, String environmentId, String tenantId) {
        Query q =
                handle.createQuery(
                                "SELECT d.release_id FROM deployments d"
                                        + " JOIN server_tasks t ON t.id = d.task_id"
                                        + " WHERE d.project_id = :project"
                                        + " AND d.environment_id = :environment AND "
                                        + tenantCondition(tenantId)
                                        + " AND t.state = :success"
                                        + " ORDER BY d.project_id DESC, d.environment_id DESC,"
                                        + " d.deployment_number DESC LIMIT 1")
                        .bind("project", projectId)
                        .bind("environment", environmentId)
                        .bind("success", TaskState.SUCCESS.wireName());
        if (tenantId != null) {
            q.bind("tenant", tenantId);
        }
        return q.mapTo(String.class).findOne();
    }

    @Override
    public Page<Deployment> list(Handle handle, String spaceId, DeploymentQuery query) {
        String order = newestFirst(query);
        StringBuilder where = new StringBuilder(" WHERE d.space_id = :space");
        in(where, "d.id", "ids", query.ids());
        in(where, "d.project_id", "projects", query.projectIds());
        in(where, "d.environment_id", "environments", query.environmentIds());
        in(where, "d.tenant_id", "tenants", query.tenantIds());
        in(where, "d.channel_id", "channels", query.channelIds());
        List<String> states = query.taskStates().stream().map(TaskState::wireName).toList();
        in(where, "t.state", "states", states);
        String from =
                " FROM deployments d"
                        + (states.isEmpty() ? "" : " JOIN server_tasks t ON t.id = d.task_id");
        where.append(" AND d.deployment_number > 0");
        Query count = handle.createQuery("SELECT COUNT(*)" + from + where);
        Query page =
                handle.createQuery(
                        "SELECT d.document" + from + where + order + " LIMIT :take OFFSET :skip");
        for (Query q : List.of(count, page)) {
            q.bind("space", spaceId);
            bindList(q, "ids", query.ids());
            bindList(q, "projects", query.projectIds());
            bindList(q, "environments", query.environmentIds());
            bindList(q, "tenants", query.tenantIds());
            bindList(q, "channels", query.channelIds());
            bindList(q, "states", states);
        }
        page.bind("take", query.take()).bind("skip", query.skip());
        long total = count.mapTo(Long.class).one();
        return new Page<>(
                page.mapTo(String.class).map(JdbcDeploymentRepository::read).list(),
                total,
                query.skip(),
                query.take());
    }

    /**
     * Newest first, ordered by the leading columns of the index that fits the filters (one
     * environment, else one project, else the space), so the database reads that index backwards
     * and stops at the page's end; the always-true "deployment_number > 0" in the filter makes H2
     * prefer these indexes over the foreign key's on space_id.
     */
    private static String newestFirst(DeploymentQuery query) {
        if (query.environmentIds().size() == 1) {
            return " ORDER BY d.environment_id DESC, d.space_id DESC, d.deployment_number DESC";
        }
        if (query.projectIds().size() == 1) {
            return " ORDER BY d.project_id DESC, d.space_id DESC, d.deployment_number DESC";
        }
        return " ORDER BY d.space_id DESC, d.deployment_number DESC";
    }

    private static void in(StringBuilder where, String column, String name, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (<").append(name).append(">)");
        }
    }

    private static void bindList(Query q, String name, List<String> values) {
        if (!values.isEmpty()) {
            q.bindList(name, new ArrayList<>(values));
        }
    }

    private static String tenantCondition(String tenantId) {
        return tenantId == null ? "d.tenant_id IS NULL" : "d.tenant_id = :tenant";
    }

    private static DeploymentStatus status(ResultSet rs) throws SQLException {
        OffsetDateTime completed = rs.getObject(4, OffsetDateTime.class);
        Instant completedTime = completed == null ? null : completed.toInstant();
        return new DeploymentStatus(
                read(rs.getString(1)),
                rs.getString(2),
                TaskState.fromWireName(rs.getString(3)),
                completedTime);
    }

    private static Deployment read(String json) {
        return Documents.read(json, Deployment.class);
    }
}
